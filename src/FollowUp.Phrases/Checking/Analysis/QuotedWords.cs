using System;

namespace FollowUp.Phrases.Checking.Analysis
{
    /// <summary>
    /// Marks the words that are the buyer's, not the seller's: quotations ("will it arrive soon?" in quotation marks) and
    /// a buyer's question reported in the seller's words. Rules read neither as the seller's wording.
    /// </summary>
    internal static class QuotedWords
    {
        /// <summary>Marks every token from an opening quotation mark to its closing one, on one line.</summary>
        public static void MarkQuotations(TokenList tokens)
        {
            var open = -1;
            var closer = "";
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Punct)
                {
                    continue;
                }

                if (open < 0)
                {
                    switch (t.Lower)
                    {
                        case "\"": closer = "\""; open = i; break;
                        case "\u201C": closer = "\u201D"; open = i; break;
                        case "\u300C": closer = "\u300D"; open = i; break;
                        case "\u300E": closer = "\u300F"; open = i; break;
                        case "\u00AB": closer = "\u00BB"; open = i; break;
                    }

                    continue;
                }

                if (t.Lower == "\n")
                {
                    open = -1; // An unclosed quote ends with its line: do not hide the rest of the message.
                    continue;
                }

                if (t.Lower == closer)
                {
                    for (var k = open; k <= i; k++)
                    {
                        tokens[k].IsQuoted = true;
                    }

                    open = -1;
                }
            }
        }

        // "You asked whether it will arrive soon": the buyer's question in the seller's words is the buyer's wording, as a
        // quotation is — after the lead (which is the seller's: "you asked" still says the message answers one) to the end
        // of the question's clause, the next clause when a comma follows the lead ("Sie fragten, ob …"). Leads are the
        // packs' text.reported-question-leads.
        public static void MarkReportedQuestions(MessageAnalysis a)
        {
            var tokens = a.Tokens;
            var leads = a.Vocabulary.Phrases("text.reported-question-leads");
            foreach (var sentence in a.Sentences)
            {
                for (var i = sentence.First; i < sentence.End; i++)
                {
                    var length = leads.Match(a, i, sentence.End);
                    if (length == 0)
                    {
                        continue;
                    }

                    var next = i + length;
                    var question = next + 1 < sentence.End && tokens[next].Kind == TokenKind.Punct && tokens[next].Lower == "," ? next + 1 : Math.Min(next, sentence.End - 1);
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
