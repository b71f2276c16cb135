using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Marks the words that are the buyer's, not the seller's: quotations ("will it arrive soon?" in quotation marks: the
    /// tokenizer marks them as it cuts the closing mark) and a buyer's question reported in the seller's words. Rules read
    /// neither as the seller's wording.
    /// </summary>
    internal static class QuotedWords
    {
        /// <summary>The mark that closes a quotation <paramref name="opener"/> opens, or '\0' when it opens none.</summary>
        public static char CloserOf(char opener)
        {
            switch (opener)
            {
                case '"': return '"';
                case '\u201C': return '\u201D';
                case '\u300C': return '\u300D';
                case '\u300E': return '\u300F';
                case '\u00AB': return '\u00BB';
                default: return '\0';
            }
        }

        // "You asked whether it will arrive soon": the buyer's question in the seller's words is the buyer's wording, as a
        // quotation is — after the lead (which is the seller's: "you asked" still says the message answers one) to the end
        // of the question's clause, the next clause when a comma follows the lead ("Sie fragten, ob …"). Leads are the
        // packs' text.reported-question-leads.
        public static void MarkReportedQuestions(MessageAnalysis a)
        {
            var tokens = a.Tokens;
            var leads = a.Vocabulary.ReportedQuestionLeads;
            foreach (var sentence in a.Sentences)
            {
                if (!sentence.MayHold(leads.Starts))
                {
                    continue; // no word a lead starts with: most sentences
                }

                for (var i = sentence.First; i < sentence.End; i++)
                {
                    // A lead is read whatever its capitals (names are marked by now): "..., Asked whether it ships" reports a question.
                    var length = leads.Match(a, i, sentence.End, allowNames: true);
                    if (length == 0)
                    {
                        continue;
                    }

                    var next = i + length;
                    var question = next + 1 < sentence.End && tokens[next].Kind == TokenKind.Punct && tokens[next].Is(",") ? next + 1 : Math.Min(next, sentence.End - 1);
                    var end = a.ClauseOf(question).End;
                    for (var k = next; k < end; k++)
                    {
                        tokens[k].IsQuoted = true;
                    }

                    i = Math.Max(i, end - 1); // on after the question: a lead inside it is quoted, and starts nothing
                }
            }
        }
    }
}
