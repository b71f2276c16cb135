using FollowUp.Phrases.Rendering.Liquid;

namespace FollowUp.Phrases.Phrasebooks
{
    /// <summary>One language's wording of a phrase: a subject, a plain-text body and optionally an HTML body, as Liquid templates.</summary>
    public sealed class PhraseText
    {
        internal PhraseText(string locale, LiquidTemplate subject, LiquidTemplate body, LiquidTemplate? html)
        {
            Locale = locale;
            SubjectTemplate = subject;
            BodyTemplate = body;
            HtmlTemplate = html;
        }

        /// <summary>The BCP 47 tag this text is written in (<c>en</c>, <c>zh-CN</c>).</summary>
        public string Locale { get; }

        /// <summary>The subject's Liquid source.</summary>
        public string Subject => SubjectTemplate.Source;

        /// <summary>The plain-text body's Liquid source.</summary>
        public string Body => BodyTemplate.Source;

        /// <summary>The HTML body's Liquid source, when the phrase has one.</summary>
        public string? Html => HtmlTemplate?.Source;

        internal LiquidTemplate SubjectTemplate { get; }

        internal LiquidTemplate BodyTemplate { get; }

        internal LiquidTemplate? HtmlTemplate { get; }
    }
}
