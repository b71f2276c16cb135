using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using FollowUp.Phrases.Checking;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// The one HTML layout every email phrase without HTML of its own is sent in: a header with the seller's name, the
    /// rendered text as paragraphs (blank lines part them, line breaks kept, web addresses made links), and a footer with
    /// the seller's address and — for marketing — an unsubscribe link. Built from the rendered plain text, so both parts
    /// always say the same thing; every character of the text is HTML-encoded.
    /// </summary>
    internal static class EmailLayout
    {
        // The footer's link label in the text's language: the words the checker and mail clients read as an opt-out.
        private static readonly Dictionary<string, string> UnsubscribeLabels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["en"] = "Unsubscribe",
            ["zh"] = "退订",
            ["de"] = "Abmelden",
            ["es"] = "Darse de baja",
            ["fr"] = "Se désabonner",
        };

        private const string Page = "font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1d2330;max-width:640px";
        private const string Header = "font-size:16px;font-weight:bold;margin:0 0 16px 0";
        private const string Footer = "font-size:11px;color:#5b6475;border-top:1px solid #d5d9e2;padding-top:8px;margin-top:24px";

        public static string Apply(string text, OrderSnapshot order, MessagePurpose purpose, string locale)
        {
            var html = new StringBuilder(text.Length * 2 + 512);
            html.Append("<div style=\"").Append(Page).Append("\">\n");
            var sender = order.Seller.Company ?? order.Seller.Name;
            if (!string.IsNullOrWhiteSpace(sender))
            {
                html.Append("<p style=\"").Append(Header).Append("\">").Append(WebUtility.HtmlEncode(sender)).Append("</p>\n");
            }

            foreach (var paragraph in text.Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries))
            {
                var lines = paragraph.Trim('\n').Split('\n');
                html.Append("<p>");
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        html.Append("<br>\n");
                    }

                    AppendLinked(html, lines[i]);
                }

                html.Append("</p>\n");
            }

            // What the text already says (a marketing text's own address and unsubscribe line) is not repeated.
            var address = string.IsNullOrWhiteSpace(order.Seller.Address) || text.IndexOf(order.Seller.Address!, StringComparison.Ordinal) >= 0 ? null : order.Seller.Address;
            var unsubscribe = purpose == MessagePurpose.Marketing && order.UnsubscribeUrl is Uri u && text.IndexOf(u.AbsoluteUri, StringComparison.Ordinal) < 0 && text.IndexOf(u.OriginalString, StringComparison.Ordinal) < 0 ? u : null;
            if (!string.IsNullOrWhiteSpace(address) || unsubscribe != null)
            {
                html.Append("<p style=\"").Append(Footer).Append("\">");
                if (!string.IsNullOrWhiteSpace(address))
                {
                    html.Append(WebUtility.HtmlEncode(string.IsNullOrWhiteSpace(order.Seller.Company) ? address! : order.Seller.Company + ", " + address));
                }

                if (unsubscribe != null)
                {
                    html.Append(string.IsNullOrWhiteSpace(address) ? "" : "<br>\n")
                        .Append("<a href=\"").Append(WebUtility.HtmlEncode(unsubscribe.AbsoluteUri)).Append("\">")
                        .Append(WebUtility.HtmlEncode(LabelFor(locale))).Append("</a>");
                }

                html.Append("</p>\n");
            }

            return html.Append("</div>").ToString();
        }

        private static string LabelFor(string locale) =>
            UnsubscribeLabels.TryGetValue(Checking.Languages.LanguagePacks.LanguageOf(locale) ?? "en", out var label) ? label : UnsubscribeLabels["en"];

        // "https://…" and "http://…" become links, ending where the checker's reading ends them (Tokenizer.UrlEnd).
        private static void AppendLinked(StringBuilder html, string line)
        {
            var i = 0;
            while (i < line.Length)
            {
                var at = NextUrl(line, i);
                if (at < 0)
                {
                    html.Append(WebUtility.HtmlEncode(line.Substring(i)));
                    return;
                }

                var end = Checking.Analysis.Tokenizer.UrlEnd(line, at);
                var url = line.Substring(at, end - at);
                html.Append(WebUtility.HtmlEncode(line.Substring(i, at - i)));
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                {
                    html.Append("<a href=\"").Append(WebUtility.HtmlEncode(uri.AbsoluteUri)).Append("\">").Append(WebUtility.HtmlEncode(url)).Append("</a>");
                }
                else
                {
                    html.Append(WebUtility.HtmlEncode(url));
                }

                i = end;
            }
        }

        private static int NextUrl(string line, int from)
        {
            var https = line.IndexOf("https://", from, StringComparison.Ordinal);
            var http = line.IndexOf("http://", from, StringComparison.Ordinal);
            return https < 0 ? http : http < 0 ? https : Math.Min(http, https);
        }
    }
}
