using CrmWebhook.Storage;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CrmWebhook.Sending
{
    /// <summary>
    /// Sends through an SMTP server with MailKit, when <c>Crm:Smtp:Host</c> is set. The Message-Id carries the outbox id,
    /// so a message delivered again after a crash is recognisable downstream.
    /// </summary>
    public sealed class SmtpSender : IFollowUpSender
    {
        private readonly CrmOptions _options;

        public SmtpSender(IOptions<CrmOptions> options) => _options = options.Value;

        public async Task SendAsync(OutboxRow row, CancellationToken cancellationToken)
        {
            var smtp = _options.Smtp;
            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(OutboxMail.Create(row, _options.FromAddress, _options.MessageIdDomain), cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
    }
}
