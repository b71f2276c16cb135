namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>An error in an edited template, placed in that template: part (subject, body, html), 1-based line and column.</summary>
    internal sealed record TemplateError(string Part, int Line, int Column, string Message);
}
