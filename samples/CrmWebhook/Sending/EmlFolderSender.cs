using CrmWebhook.Storage;
using Microsoft.Extensions.Options;

namespace CrmWebhook.Sending
{
    /// <summary>
    /// The default sender: writes each follow-up as <c>{outbox id}.eml</c> into a folder (a stand-in for a mail server
    /// that a test or a person can inspect). Written to a temporary name and moved into place, so a file either is whole
    /// or is not there; a file already there means this row was delivered before a crash, and it is left alone.
    /// </summary>
    public sealed class EmlFolderSender : IFollowUpSender
    {
        private readonly CrmOptions _options;

        public EmlFolderSender(IOptions<CrmOptions> options) => _options = options.Value;

        public async Task SendAsync(OutboxRow row, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(_options.MailFolder);
            var path = Path.Combine(_options.MailFolder, $"{row.Id}.eml");
            if (File.Exists(path))
            {
                return; // delivered before the process died: recognised by its outbox id, not sent twice
            }

            if (_options.SendDelayMilliseconds > 0)
            {
                await Task.Delay(_options.SendDelayMilliseconds, cancellationToken); // a slow mail server, for the crash test
            }

            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await OutboxMail.Create(row, _options.FromAddress, _options.MessageIdDomain).WriteToAsync(temp, cancellationToken);
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temp); // another dispatcher delivered it in the meantime
            }
        }
    }
}
