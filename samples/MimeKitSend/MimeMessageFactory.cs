using System;
using FollowUp.Phrases.Rendering;
using MimeKit;

namespace MimeKitSend
{
    /// <summary>Turns a rendered follow-up into an email: text and HTML parts, and one-click unsubscribe headers for marketing.</summary>
    public static class MimeMessageFactory
    {
        public static MimeMessage Create(FollowUpMessage message, MailboxAddress from, MailboxAddress to)
        {
            if (message is null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            var mime = new MimeMessage();
            mime.From.Add(from);
            mime.To.Add(to);
            mime.Subject = message.Subject;
            mime.Date = DateTimeOffset.FromUnixTimeMilliseconds(message.CreatedAt.ToUnixTimeMilliseconds());
            var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
            mime.Body = body.ToMessageBody();

            // RFC 2369 and RFC 8058: the engine adds these for marketing email; mail providers show an unsubscribe button.
            foreach (var header in message.Headers)
            {
                mime.Headers.Add(header.Key, header.Value);
            }

            return mime;
        }
    }
}
