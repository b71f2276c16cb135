namespace FollowUp.Phrases.Checking
{
    /// <summary>How a time expression tells the reader when: the classes the corpus definitions distinguish.</summary>
    public enum TimingKind
    {
        /// <summary>A date or clock time: "by 27 Nov 2026", "16:00 (UTC+8)", "12月2日".</summary>
        Absolute,
        /// <summary>A checkable duration or span: "within 24 hours", "7–10 working days", "3个工作日内".</summary>
        Range,
        /// <summary>Tied to an event that will happen: "as soon as the tracking updates", "once we receive your payment", "发货后第一时间".</summary>
        EventAnchored,
        /// <summary>No checkable date, duration or trigger for an order action: "soon", "ASAP", "in a few days", "尽快".</summary>
        Vague,
        /// <summary>Warmth in a closing, not a promise: "hope to see you again soon", "期待很快收到您的回复".</summary>
        Pleasantry,
    }
}
