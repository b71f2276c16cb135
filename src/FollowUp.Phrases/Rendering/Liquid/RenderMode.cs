namespace FollowUp.Phrases.Rendering.Liquid
{
    internal enum RenderMode
    {
        /// <summary>A subject: one line, values may not contain line breaks.</summary>
        Subject,
        /// <summary>A plain-text body: values written as they are.</summary>
        Text,
        /// <summary>An HTML body: every value is HTML-encoded.</summary>
        Html,
    }
}
