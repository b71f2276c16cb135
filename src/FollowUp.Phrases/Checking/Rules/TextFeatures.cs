using System;

namespace FollowUp.Phrases.Checking.Rules
{
    /// <summary>
    /// Things in a message, other than list words, that a rule may start from. The checker's screen finds them in one
    /// pass over plain text; each is a necessary condition of some rule's findings, never a finding itself.
    /// </summary>
    [Flags]
    internal enum TextFeatures
    {
        None = 0,

        /// <summary>Chinese (or other CJK) characters: Chinese terms are found inside runs of characters, which the reading does.</summary>
        Chinese = 1,

        /// <summary>Any digit: every written date has one.</summary>
        Digits = 1 << 1,

        /// <summary>A clock time's shape: "16:00", "5pm", "5 p.m.".</summary>
        ClockMark = 1 << 2,

        /// <summary>A per cent sign ("20% off" is an offer).</summary>
        Percent = 1 << 3,

        /// <summary>Three or more exclamation marks.</summary>
        Exclamations = 1 << 4,

        /// <summary>
        /// Three words in capitals that are not listed acronyms (<c>shouting.acronyms</c>), or one capitalised pressure word
        /// (<c>shouting.pressure-words</c>).
        /// </summary>
        CapitalWords = 1 << 5,

        /// <summary>Weekday names and abbreviations of any pack.</summary>
        WeekdayNames = 1 << 6,

        /// <summary>A placeholder as the placeholder finder matches it ("[Date]", "×××", "{{ name }}").</summary>
        Placeholder = 1 << 7,

        /// <summary>A card, IBAN or labelled account number as the payment-details rule finds it.</summary>
        PaymentNumber = 1 << 8,

        /// <summary>Enough clues of a language no pack covers (the language detector's own score) to report it.</summary>
        UncoveredLanguage = 1 << 9,

        /// <summary>
        /// What every written date the time scanner reads is made of besides Chinese: a month's name of any pack with a
        /// number in the message ("27 Nov", "Dez. 4"), a number followed by a hyphen ("2026-11-27") or a number with two
        /// dots in it ("27.11.2026"). Tracking and order numbers have digits but no date's shape.
        /// </summary>
        DateShape = 1 << 10,
    }
}
