using System;
using System.Collections.Generic;

namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>A request the page's API cannot serve: answered as problem JSON naming the field (and, for templates, line and column).</summary>
    internal sealed class PreviewRequestException : Exception
    {
        public PreviewRequestException(string? field, string message, int status = 400, IReadOnlyList<TemplateError>? errors = null)
            : base(message)
        {
            Field = field;
            Status = status;
            Errors = errors ?? Array.Empty<TemplateError>();
        }

        /// <summary>The request field at fault ("orderJson", "locale", "template.body"), or null for the request as a whole.</summary>
        public string? Field { get; }

        public int Status { get; }

        /// <summary>Template errors with their place in the edited template.</summary>
        public IReadOnlyList<TemplateError> Errors { get; }
    }
}
