using CrmWebhook.Storage;
using MimeKit;

namespace CrmWebhook.Sending
{
    /// <summary>An outbox row as an email: text and HTML parts, the engine's headers (RFC 8058 one-click unsubscribe for marketing).</summary>
    public static class OutboxMail
    {
        public static MimeMessage Create(OutboxRow row, string fromAddress, string messageIdDomain)
        {
            var mime = new MimeMessage();
            mime.From.Add(new MailboxAddress(row.SenderName, fromAddress));
            mime.To.Add(new MailboxAddress(row.RecipientName ?? "", row.RecipientEmail ?? "buyer@example.com"));
            mime.Subject = row.Subject;

            // The outbox id is the message's identity: a redelivery after a crash carries the same Message-Id, which
            // mail systems and the .eml sender use to recognise it.
            mime.MessageId = $"followup-{row.Id}@{messageIdDomain}";
            mime.Date = row.DueAt.ToDateTimeOffset();
            mime.Body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody }.ToMessageBody();
            foreach (var header in row.Headers)
            {
                mime.Headers.Add(header.Key, header.Value);
            }

            return mime;
        }
    }
}
