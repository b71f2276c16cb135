using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>Maps the phrase preview page into an ASP.NET Core app, the way Swagger UI or Hangfire's dashboard is mapped.</summary>
    public static class FollowUpPreviewEndpointRouteBuilderExtensions
    {
        // The page's own policy: scripts and styles from the page only, no plugins, no framing by other sites. The
        // rendered HTML body is shown in a sandboxed iframe without scripts under this same policy, so an email's
        // inline styles apply and nothing in it runs or loads from elsewhere.
        internal const string ContentSecurityPolicy =
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
            "frame-src 'self' about:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };

        /// <summary>
        /// Maps the preview page at <paramref name="pattern"/> (default <c>/followup</c>) with its JSON API under
        /// <c>{pattern}/api</c>. Needs <c>services.AddFollowUpPhrases(...)</c>. Returns the group's convention builder, so
        /// the host decides who may see it.
        /// </summary>
        /// <example>
        /// <code>
        /// builder.Services.AddFollowUpPhrases(builder.Configuration.GetSection("FollowUp"));
        /// var app = builder.Build();
        /// app.MapFollowUpPreview("/followup").RequireAuthorization("customer-service");
        /// </code>
        /// </example>
        /// <exception cref="InvalidOperationException">The options are invalid, or AddFollowUpPhrases was not called.</exception>
        public static IEndpointConventionBuilder MapFollowUpPreview(this IEndpointRouteBuilder endpoints, string pattern = "/followup", Action<FollowUpPreviewOptions>? configure = null)
        {
            if (endpoints is null)
            {
                throw new ArgumentNullException(nameof(endpoints));
            }

            if (pattern is null)
            {
                throw new ArgumentNullException(nameof(pattern));
            }

            var options = new FollowUpPreviewOptions();
            configure?.Invoke(options);
            options.ThrowIfInvalid();
            var api = new PreviewApi(options, endpoints.ServiceProvider);
            var group = endpoints.MapGroup(pattern.TrimEnd('/'));

            group.MapGet("/", http => Page(http, api));
            group.MapGet("/assets/{name}", http => Asset(http, (string)http.Request.RouteValues["name"]!));
            group.MapGet("/api/phrases", http => Answer(http, api, null));
            group.MapPost("/api/render", http => Answer(http, api, api.Render));
            group.MapPost("/api/check", http => Answer(http, api, api.Check));
            group.MapPost("/api/plan", http => Answer(http, api, api.Plan));
            group.MapPost("/api/phrasebook", http => Download(http, api));
            return group;
        }

        private static async Task Page(HttpContext http, PreviewApi api)
        {
            // A request for "/followup" without the slash would resolve the page's relative links one level up.
            if (!http.Request.Path.Value!.EndsWith("/", StringComparison.Ordinal))
            {
                http.Response.Redirect(http.Request.PathBase + http.Request.Path + "/" + http.Request.QueryString);
                return;
            }

            PreviewAssets.TryGet("index.html", out var page, out var type);
            var html = System.Text.Encoding.UTF8.GetString(page).Replace("{{title}}", System.Net.WebUtility.HtmlEncode(api.Title));
            Secure(http.Response);
            http.Response.ContentType = type;
            await http.Response.WriteAsync(html).ConfigureAwait(false);
        }

        private static async Task Asset(HttpContext http, string name)
        {
            if (!PreviewAssets.TryGet(name, out var content, out var type) || name == "index.html")
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            Secure(http.Response);
            http.Response.ContentType = type;
            await http.Response.Body.WriteAsync(content, 0, content.Length).ConfigureAwait(false);
        }

        /// <summary>Runs a handler on the request's JSON body (or, for <paramref name="handle"/> null, lists the phrases) and writes its answer.</summary>
        private static async Task Answer(HttpContext http, PreviewApi api, Func<PreviewRequest, object>? handle)
        {
            object result;
            try
            {
                if (handle is null)
                {
                    result = api.Phrases();
                }
                else
                {
                    using var request = await PreviewRequest.ReadAsync(http.Request, api.MaxRequestBodyBytes).ConfigureAwait(false);
                    result = handle(request);
                }
            }
            catch (PreviewRequestException e)
            {
                await Problem(http, e).ConfigureAwait(false);
                return;
            }

            Secure(http.Response);
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, result, result.GetType(), Json).ConfigureAwait(false);
        }

        private static async Task Download(HttpContext http, PreviewApi api)
        {
            try
            {
                using var request = await PreviewRequest.ReadAsync(http.Request, api.MaxRequestBodyBytes).ConfigureAwait(false);
                var (fileName, content) = api.Download(request);
                Secure(http.Response);
                http.Response.ContentType = "application/json; charset=utf-8";
                http.Response.Headers["Content-Disposition"] = $"attachment; filename=\"{fileName}\"";
                await http.Response.Body.WriteAsync(content, 0, content.Length).ConfigureAwait(false);
            }
            catch (PreviewRequestException e)
            {
                await Problem(http, e).ConfigureAwait(false);
            }
        }

        private static Task Problem(HttpContext http, PreviewRequestException e)
        {
            http.Response.StatusCode = e.Status;
            http.Response.ContentType = "application/problem+json; charset=utf-8";
            var problem = new
            {
                type = "https://httpstatuses.io/" + e.Status,
                title = e.Status == StatusCodes.Status404NotFound ? "Not found" : e.Status == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Invalid request",
                status = e.Status,
                detail = e.Message,
                field = e.Field,
                errors = e.Errors,
            };
            return JsonSerializer.SerializeAsync(http.Response.Body, problem, Json);
        }

        private static void Secure(HttpResponse response)
        {
            response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers["Cache-Control"] = "no-store";
        }
    }
}
