using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// A word, Chinese run, punctuation mark or link in the visible text. A small value (32 bytes) kept in one array
    /// per message: a long message has millions of tokens, and an object per token was most of its reading's memory.
    /// </summary>
    internal struct Token
    {
        private const byte Capitalized = 1, AllCaps = 2, Quoted = 4, Name = 8, DigitStart = 16, Digit = 32, ReadAsOther = 64, QuotedWhenCut = 128;
        private byte _flags;

        // The word's answers for its vocabulary's hot lists (Vocabulary.Hot), a bit each, and that vocabulary's number:
        // the passes that ask a list at every token test a bit of the token they hold instead of following its word.
        private ushort _hotOwner;
        private ulong _hot;

        // The word's first character and length (255 for any longer), kept in the token's spare bytes: most comparisons
        // with a literal ("\n", ",", "the") are settled without following the token to its word and the word to its text.
        private char _first;
        private byte _length;

        public Token(TokenKind kind, int start, int end, Word word, bool isCapitalized)
        {
            Kind = kind;
            Start = start;
            End = end;
            Word = word;
            _flags = (byte)((isCapitalized ? Capitalized : 0) | DigitFlag(word));
            (_first, _length) = Describe(word);
        }

        /// <summary>
        /// Makes this slot a word the tokenizer has just cut, with what it saw of its characters: written field by field
        /// where the token stays (the token array is the reading's largest object, and a token built elsewhere and copied
        /// in cost more than cutting the word), and no look at the word's text afterwards to find whether it starts with a digit.
        /// </summary>
        /// <param name="start">Start in the visible text.</param>
        /// <param name="end">End (exclusive) in the visible text: the word's text is as long as that.</param>
        /// <param name="word">The pooled word.</param>
        /// <param name="first">The word's first character, lower case.</param>
        /// <param name="isCapitalized">Written with a capital first.</param>
        /// <param name="isAllCaps">Two letters or more, none in lower case.</param>
        /// <param name="startsWithDigit">Its first character is a digit.</param>
        /// <param name="hasDigit">A digit anywhere in it.</param>
        /// <param name="hotOwner">The number of the vocabulary <paramref name="hot"/> answers for.</param>
        /// <param name="hot">The word's answers for that vocabulary's hot lists.</param>
        public void SetWord(int start, int end, Word word, char first, bool isCapitalized, bool isAllCaps, bool startsWithDigit, bool hasDigit, ushort hotOwner, ulong hot)
        {
            Word = word;
            Start = start;
            End = end;
            Kind = TokenKind.Word;
            _flags = (byte)((isCapitalized ? Capitalized : 0) | (isAllCaps ? AllCaps : 0) | (startsWithDigit ? DigitStart : 0) | (hasDigit ? Digit : 0));
            _hotOwner = hotOwner;
            _hot = hot;
            _first = first;
            _length = (byte)Math.Min(end - start, MaxLength);
        }

        /// <summary>Makes this slot the ASCII mark <paramref name="mark"/> (never a digit), as <see cref="SetWord"/> does a word.</summary>
        public void SetMark(int start, Word word, char mark, ushort hotOwner, ulong hot)
        {
            Word = word;
            Start = start;
            End = start + 1;
            Kind = TokenKind.Punct;
            _flags = 0;
            _hotOwner = hotOwner;
            _hot = hot;
            _first = mark;
            _length = 1;
        }

        public TokenKind Kind { get; private set; }

        /// <summary>Start in the visible text.</summary>
        public int Start { get; private set; }

        /// <summary>End (exclusive) in the visible text.</summary>
        public int End { get; private set; }

        /// <summary>The token's word: its text and what lists it is in (one shared object per distinct text).</summary>
        public Word Word { get; private set; }

        /// <summary>Lower-cased text with typographic apostrophes made straight (one shared string per distinct text).</summary>
        public readonly string Lower => Word?.Text!; // default(Token), "no token here", has none

        public readonly bool IsCapitalized => (_flags & Capitalized) != 0;

        /// <summary>Written in capitals throughout (ASAP, DHL), so not a capitalised name.</summary>
        public bool IsAllCaps
        {
            readonly get => (_flags & AllCaps) != 0;
            set => Set(AllCaps, value);
        }

        /// <summary>Inside a quotation of someone else's words, so not the seller's own wording.</summary>
        public bool IsQuoted
        {
            readonly get => (_flags & Quoted) != 0;
            set => Set(Quoted, value);
        }

        /// <summary>Read as a person's name (Mr. Soon, Soon-Yi), not as a word.</summary>
        public bool IsName
        {
            readonly get => (_flags & Name) != 0;
            set => Set(Name, value);
        }

        /// <summary>A word with a digit anywhere in it ("20931", "AE-20931", "DE89").</summary>
        public bool HasDigit
        {
            readonly get => (_flags & Digit) != 0;
            set => Set(Digit, value);
        }

        public readonly bool IsWord => Kind == TokenKind.Word;

        public readonly bool IsDigitStart
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get => (_flags & DigitStart) != 0;
        }

        /// <summary>
        /// The token's flags and a bit for its kind: combined with or over a sentence's tokens, they give what the sentence
        /// holds (<see cref="HoldsOf"/>, <see cref="Sentence.Holds"/>) — worked out once per sentence, not per token (each
        /// of the sentence's holdings is a selection of these bits, so selecting after combining is the same).
        /// </summary>
        public readonly int HoldsSign => _flags | (1 << (8 + (int)Kind));

        /// <summary>What a sentence holds, from its tokens' <see cref="HoldsSign"/> combined with or.</summary>
        public static SentenceHolds HoldsOf(int signs) =>
            (SentenceHolds)((signs & AllCaps) >> 1 | (signs & DigitStart) >> 2 | (signs & Digit) >> 1)
            | ((signs & (1 << (8 + (int)TokenKind.Cjk))) != 0 ? SentenceHolds.Chinese : SentenceHolds.None)
            | ((signs & (1 << (8 + (int)TokenKind.Link))) != 0 ? SentenceHolds.Link : SentenceHolds.None);

        /// <summary>The number of the vocabulary whose hot lists <see cref="Hot"/> answers for; 0 before the reading sets it.</summary>
        public readonly ushort HotOwner => _hotOwner;

        /// <summary>Whether the word is in each hot list of the vocabulary numbered <see cref="HotOwner"/>, a bit per list.</summary>
        public readonly ulong Hot => _hot;

        /// <summary>Keeps the word's answers for the hot lists of the vocabulary numbered <paramref name="owner"/>.</summary>
        public void SetHot(ushort owner, ulong hot)
        {
            _hotOwner = owner;
            _hot = hot;
        }

        /// <summary>
        /// Whether the token reads <paramref name="text"/> (its <see cref="Lower"/> equals it): the test of a token against
        /// a literal, answered from the token alone unless the first character and length agree.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public readonly bool Is(string text)
        {
            if (text.Length < MaxLength)
            {
                return text.Length == _length && text.Length > 0 && text[0] == _first && (text.Length == 1 || string.Equals(Word.Text, text));
            }

            return _length == MaxLength && string.Equals(Word?.Text, text);
        }

        /// <summary>
        /// The token's one character when its text is one character long (a mark: "," or "\n", however many line breaks
        /// it widened to), else '\0': read from the token alone.
        /// </summary>
        public readonly char Mark => _length == 1 ? _first : '\0';

        /// <summary>
        /// Marks the token quoted as the tokenizer cuts it (a quotation closed on its line), which the reading's later
        /// passes do not take back: kept apart from their marks (<see cref="AsCutAt"/>).
        /// </summary>
        public void MarkQuotedWhenCut() => _flags |= Quoted | QuotedWhenCut;

        /// <summary>
        /// This token as the tokenizer cut it, <paramref name="shift"/> characters further along: a line's tokens lent to
        /// another reading (LineShare), with the marks the lending reading's later passes made (names, quoted replies,
        /// reported questions) taken off — the borrowing reading makes its own.
        /// </summary>
        public void AsCutAt(int shift)
        {
            Start += shift;
            End += shift;
            _flags = (byte)((_flags & ~(Name | Quoted)) | ((_flags & QuotedWhenCut) != 0 ? Quoted : 0));
        }

        /// <summary>The first character of <see cref="Lower"/>, '\0' for no token: read from the token alone.</summary>
        public readonly char First => _first;

        /// <summary>
        /// The length of <see cref="Lower"/>, 255 for any longer: read from the token alone, so that a test of a word's
        /// shape rules out most words before following the token to its word's text.
        /// </summary>
        public readonly int Length => _length;

        private const int MaxLength = 255;

        private static (char First, byte Length) Describe(Word? word) =>
            word?.Text is { Length: > 0 } text ? (text[0], (byte)Math.Min(text.Length, MaxLength)) : ('\0', (byte)0);

        public override readonly string ToString() => Lower;

        /// <summary>Whether the token is read as another word than it is written (<see cref="ReadAs"/>): its word is not its text.</summary>
        public readonly bool IsReadAsOther => (_flags & ReadAsOther) != 0;

        /// <summary>This token read as another word ("shud" as "should"), its place and flags kept.</summary>
        public readonly Token ReadAs(Word word)
        {
            var copy = this;
            copy.Word = word;
            (copy._first, copy._length) = Describe(word);
            copy._flags = (byte)((_flags & ~DigitStart) | DigitFlag(word) | ReadAsOther);
            copy._hotOwner = 0; // the other word's answers are not known yet
            return copy;
        }

        // Judged once, when the token is made: every pass that looks for numbers asks, and the word's text is a pointer
        // away from the token while the flag is in it.
        private static int DigitFlag(Word? word) => word is { Text: { Length: > 0 } text } && text[0] >= '0' && text[0] <= '9' ? DigitStart : 0;

        private void Set(byte flag, bool on) => _flags = on ? (byte)(_flags | flag) : (byte)(_flags & ~flag);
    }
}
