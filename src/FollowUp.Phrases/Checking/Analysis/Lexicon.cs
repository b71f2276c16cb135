using System;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>Builds word lists for rules: phrases are written as text and matched as token sequences.</summary>
    internal static class Lexicon
    {
        public static HashSet<string> Words(params string[] words) => new HashSet<string>(words, StringComparer.Ordinal);

        /// <summary>"we'll", "i'll", "it'll": a contracted future.</summary>
        public static bool IsContractedWill(string lower) => lower.EndsWith("'ll", StringComparison.Ordinal);

        public static readonly HashSet<string> FutureOrRequest = Words(
            "will", "shall", "going", "would", "could", "can", "should", "may", "might", "must", "please", "kindly",
            "expect", "expected", "try", "plan", "aim", "hope", "need", "let");

        public static readonly HashSet<string> OrderWords = Words(
            "ship", "ships", "shipping", "send", "sending", "dispatch", "deliver", "delivery", "arrive", "arrives", "arriving",
            "reply", "respond", "answer", "process", "processing", "refund", "pay", "payment", "confirm", "update", "updates",
            "contact", "resolve", "fix", "check", "handle", "review", "back", "reach", "receive", "complete", "arrange",
            "prepare", "produce", "production", "finish", "repair", "replace", "replacement", "exchange", "return", "track",
            "tracking", "notify", "inform", "parcel", "package", "order", "item", "items", "goods", "shipment", "way",
            "restock", "stock", "sample", "samples", "quotation", "quote", "invoice", "pi");

        // Closings about meeting or talking again: "soon" there is warmth, not a delivery promise.
        public static readonly PhraseSet Pleasantries = new PhraseSet(
            "see you", "hear from you", "hearing from you", "talk to you", "talking to you", "talk soon", "speak soon",
            "speaking soon", "chat soon", "speak to you", "speak with you", "talk with you", "meet you", "get well",
            "feel better", "welcome you", "serve you again", "shop with us", "visit us", "visit again", "come back",
            "do business", "work with you", "working with you", "cooperation", "look forward", "looking forward",
            "hope to see", "hope to hear", "hope you enjoy", "enjoy your");

        public static readonly string[] ChinesePleasantries = { "期待", "希望再次", "欢迎再次", "欢迎您再次", "祝您", "祝你", "再见", "下次再" };
    }
}
