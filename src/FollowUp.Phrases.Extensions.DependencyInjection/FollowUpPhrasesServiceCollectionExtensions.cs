using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Phrasebooks;
using FollowUp.Phrases.Rendering;
using FollowUp.Phrases.Timing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace FollowUp.Phrases.Extensions.DependencyInjection
{
    /// <summary>Registers FollowUp.Phrases with Microsoft.Extensions.DependencyInjection.</summary>
    public static class FollowUpPhrasesServiceCollectionExtensions
    {
        /// <summary>
        /// Adds the phrasebook, <see cref="WordingChecker"/>, <see cref="PhraseEngine"/>, <see cref="FollowUpPlanner"/> and
        /// <see cref="FollowUpService"/> (which logs findings), and <see cref="IClock"/> (the system clock unless one is
        /// already registered). Options are validated when the host starts: a missing phrasebook file or an unknown
        /// zone or rule stops start-up with a message that names it.
        /// </summary>
        /// <example>
        /// <code>
        /// builder.Services.AddFollowUpPhrases(o =>
        /// {
        ///     o.PhrasebookFiles.Add("phrases/our-phrases.json");
        ///     o.RefuseOnErrors = true;
        /// });
        /// </code>
        /// </example>
        public static IServiceCollection AddFollowUpPhrases(this IServiceCollection services, Action<FollowUpPhrasesOptions> configure)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            var builder = services.AddOptions<FollowUpPhrasesOptions>();
            if (configure != null)
            {
                builder.Configure(configure);
            }

            return AddCore(services, builder);
        }

        /// <summary>Registers FollowUp.Phrases with the default options: the built-in phrasebook, UTC+8, every rule on.</summary>
        public static IServiceCollection AddFollowUpPhrases(this IServiceCollection services) => services.AddFollowUpPhrases(_ => { });

        /// <summary>Like <see cref="AddFollowUpPhrases(IServiceCollection, Action{FollowUpPhrasesOptions})"/>, bound from a configuration section such as <c>FollowUpPhrases</c>.</summary>
        public static IServiceCollection AddFollowUpPhrases(this IServiceCollection services, IConfiguration section)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            // A misspelt key ("PhrasebookFile") or a value of the wrong kind ("Severities:shouting": "Critical") is an error
            // at start naming the key, not a silently ignored setting.
            return AddCore(services, services.AddOptions<FollowUpPhrasesOptions>().Configure(o =>
            {
                try
                {
                    section.Bind(o, b => b.ErrorOnUnknownConfiguration = true);
                }
                catch (InvalidOperationException e)
                {
                    var cause = e;
                    while (cause.InnerException is InvalidOperationException inner)
                    {
                        cause = inner;
                    }

                    var path = (section as IConfigurationSection)?.Path ?? "FollowUpPhrases";
                    throw new OptionsValidationException(Options.DefaultName, typeof(FollowUpPhrasesOptions), new[] { $"{path}: {(cause == e ? e.Message : cause.Message + " " + e.Message)}" });
                }
            }));
        }

        private static IServiceCollection AddCore(IServiceCollection services, OptionsBuilder<FollowUpPhrasesOptions> builder)
        {
            builder.ValidateOnStart();

            // Relative paths start at the content root, not wherever the process happened to be started.
            services.AddSingleton<IPostConfigureOptions<FollowUpPhrasesOptions>>(sp => new PostConfigureOptions<FollowUpPhrasesOptions>(Options.DefaultName, o =>
                o.BaseDirectory = System.IO.Path.GetFullPath(o.BaseDirectory ?? sp.GetService<IConfiguration>()?["contentRoot"] ?? System.IO.Directory.GetCurrentDirectory())));
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpPhrasesOptions>, FollowUpPhrasesOptionsValidator>());
            services.TryAddSingleton<IClock>(SystemClock.Instance);
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<FollowUpPhrasesOptions>>().Value.CreateChecker());
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<FollowUpPhrasesOptions>>().Value.CreatePhrasebook());
            services.TryAddSingleton(sp => new PhraseEngine(sp.GetRequiredService<IOptions<FollowUpPhrasesOptions>>().Value.CreateEngineOptions(
                sp.GetRequiredService<IClock>(), sp.GetRequiredService<WordingChecker>(), sp.GetRequiredService<Phrasebook>())));
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<FollowUpPhrasesOptions>>().Value.CreatePlanner(sp.GetRequiredService<IClock>()));
            services.TryAddSingleton<FollowUpService>();
            return services;
        }
    }
}
