namespace CrmWebhook
{
    /// <summary>The sample's settings, section <c>Crm</c>.</summary>
    public sealed class CrmOptions
    {
        /// <summary>Where the default sender writes <c>{outbox id}.eml</c> files (relative to the content root).</summary>
        public string MailFolder { get; set; } = "outbox-mail";

        public string FromAddress { get; set; } = "followups@seller.example";

        public string MessageIdDomain { get; set; } = "crm.example";

        /// <summary>How often the scheduler looks for due follow-ups and the dispatcher for rows to send.</summary>
        public int PollMilliseconds { get; set; } = 1000;

        /// <summary>Whether the background scheduler and dispatcher run (tests drive them by hand).</summary>
        public bool BackgroundServices { get; set; } = true;

        /// <summary>How long a dispatcher's claim on a row lasts; a row whose dispatcher died is taken again after it.</summary>
        public int LeaseSeconds { get; set; } = 30;

        public int BatchSize { get; set; } = 10;

        public int MaxAttempts { get; set; } = 5;

        /// <summary>First retry delay; each further failure doubles it.</summary>
        public int RetrySeconds { get; set; } = 30;

        /// <summary>Fault injection: a delay before each .eml is written, to make the crash test's window wide. 0 in production.</summary>
        public int SendDelayMilliseconds { get; set; }

        public SmtpOptions Smtp { get; set; } = new SmtpOptions();
    }

    /// <summary>Section <c>Crm:Smtp</c>: when <see cref="Host"/> is set, follow-ups go out by SMTP instead of .eml files.</summary>
    public sealed class SmtpOptions
    {
        public string Host { get; set; } = "";

        public int Port { get; set; } = 587;

        public bool UseStartTls { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
