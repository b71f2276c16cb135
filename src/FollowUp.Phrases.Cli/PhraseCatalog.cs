using System;
using System.Linq;
using System.Text;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Phrasebooks;

namespace FollowUp.Phrases.Cli
{
    /// <summary>The phrase catalogue in Markdown, generated from the phrasebook so the doc can never drift from the data.</summary>
    internal static class PhraseCatalog
    {
        public static string ToMarkdown(Phrasebook book)
        {
            var sb = new StringBuilder();
            sb.Append("# Phrase catalogue\n\n");
            sb.Append("Generated from the built-in phrasebook by `dotnet run --project src/FollowUp.Phrases.Cli -- phrases --output markdown --out docs/phrasebook.md`; a test fails when it is out of date. ");
            sb.Append("Every phrase exists in English (`en`), Simplified Chinese (`zh-CN`), German (`de`) and Spanish (`es`); the English text is shown.\n\n");
            sb.Append("| key | stage | purpose | channels | requires |\n|---|---|---|---|---|\n");
            foreach (var p in book.Phrases)
            {
                sb.Append($"| [`{p.Key.Value}`](#{Anchor(p.Key.Value)}) | {p.Stage.ToKebabCase()} | {p.Purpose.ToString().ToLowerInvariant()} | {string.Join(", ", p.Channels.Select(c => c.ToString().ToLowerInvariant()))} | {string.Join(", ", p.RequiredFacts.Select(f => "`" + f + "`"))} |\n");
            }

            foreach (var group in book.Phrases.GroupBy(p => p.Stage.Group()))
            {
                sb.Append("\n## ").Append(GroupTitle(group.Key)).Append('\n');
                foreach (var p in group)
                {
                    var en = p.TextFor("en");
                    sb.Append("\n### ").Append(p.Key.Value).Append("\n\n");
                    sb.Append(p.Description ?? "").Append("\n\n");
                    sb.Append($"Stage `{p.Stage.ToKebabCase()}` · {p.Purpose.ToString().ToLowerInvariant()} · channels: {string.Join(", ", p.Channels.Select(c => c.ToString().ToLowerInvariant()))} · locales: {string.Join(", ", p.Locales.OrderBy(l => l, StringComparer.Ordinal))}");
                    if (p.ReviewedOn is NodaTime.LocalDate reviewed)
                    {
                        sb.Append(" · reviewed ").Append(NodaTime.Text.LocalDatePattern.Iso.Format(reviewed));
                    }

                    foreach (var source in p.Sources)
                    {
                        sb.Append("\n\nSource of the platform rule it quotes: ").Append(source);
                    }

                    sb.Append("\n\n**Subject:** `").Append(en.Subject.Replace("`", "'")).Append("`\n\n```liquid\n").Append(en.Body).Append("\n```\n");
                }
            }

            return sb.ToString();
        }

        private static string Anchor(string key) => key.Replace(".", "");

        private static string GroupTitle(StageGroup group) => group switch
        {
            StageGroup.PreSale => "Pre-sale",
            StageGroup.Order => "Order and payment",
            StageGroup.Fulfilment => "Fulfilment",
            _ => "After-sales and marketing",
        };
    }
}
