using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.Rendering.Liquid
{
    /// <summary>
    /// The load-time half of the sandbox: a template may name only facts, its own variables after they are assigned
    /// (in order, and in scope), loop variables inside their loop, and the allowed filters and tags. Everything else is
    /// refused at the place it is written, so a phrase with a mistake never loads.
    /// </summary>
    /// <remarks>
    /// The run-time half does not depend on this check: the engine is given no .NET objects, no file provider, no
    /// clock and only the allowed filters, so a name this check missed would still find nothing to reach. The check
    /// exists so that authors learn of a mistake at load, at its line and column, instead of when a buyer's message is
    /// rendered. "Assigned" means definitely assigned, as C# means it: a name assigned in only some branches of an
    /// <c>if</c>, or inside a loop that may run no times, is not yet assigned after the block.
    /// </remarks>
    internal sealed class TemplateSandbox
    {
        /// <summary>The tags phrases may use; the engine's parser is given only these.</summary>
        public static readonly string[] AllowedTags =
        {
            "if", "elsif", "else", "endif", "unless", "endunless", "case", "when", "endcase", "for", "endfor", "break",
            "continue", "assign", "capture", "endcapture", "comment", "endcomment", "raw", "endraw", "#",
        };

        private static readonly HashSet<string> FactRoots = new HashSet<string>(
            OrderFacts.Names.Select(n => n.Substring(0, n.IndexOf('.'))).Concat(new[] { "custom" }), StringComparer.Ordinal);

        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "empty", "blank", "nil", "null", "true", "false",
        };

        private static readonly HashSet<string> WordOperators = new HashSet<string>(StringComparer.Ordinal)
        {
            "and", "or", "contains", "startswith", "endswith",
        };

        private readonly string _source;
        private readonly List<string> _facts = new List<string>();
        private readonly List<Frame> _frames = new List<Frame>();

        private TemplateSandbox(string source)
        {
            _source = source;
            _frames.Add(new Frame("template", 0, null));
        }

        /// <summary>Refuses tags phrases may not use, before the engine parses the template (which would only say "unknown tag").</summary>
        /// <exception cref="TemplateCompileException">A tag is not allowed.</exception>
        public static void CheckTagNames(string source, IReadOnlyList<LiquidTag> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.IsOutput || Array.IndexOf(AllowedTags, tag.Name) >= 0)
                {
                    continue;
                }

                throw new TemplateCompileException(tag.Start, tag.Name switch
                {
                    "include" or "render" => $"'{{% {tag.Name} %}}' is not available: a phrase cannot load other files.",
                    "" => "a tag needs a name after '{%'.",
                    _ => $"'{{% {tag.Name} %}}' is not a tag phrases can use. Allowed: if, unless, case, for, assign, capture, comment, raw.",
                });
            }
        }

        /// <summary>Checks every name and filter of a template that parsed, and returns the facts it reads in order of first use.</summary>
        /// <exception cref="TemplateCompileException">A name, filter or fact is not allowed, at its offset.</exception>
        public static IReadOnlyList<string> Check(string source, IReadOnlyList<LiquidTag> tags)
        {
            var sandbox = new TemplateSandbox(source);
            foreach (var tag in tags)
            {
                sandbox.Visit(tag);
            }

            return sandbox._facts;
        }

        private void Visit(LiquidTag tag)
        {
            if (tag.IsOutput)
            {
                Expression(LiquidScanner.Tokens(_source, tag.ContentStart, tag.ContentEnd), 0);
                return;
            }

            LiquidScanner.TagName(_source, tag.ContentStart, out var argsStart);
            var tokens = LiquidScanner.Tokens(_source, argsStart, tag.ContentEnd);
            switch (tag.Name)
            {
                case "if":
                case "unless":
                case "case":
                    Expression(tokens, 0);
                    _frames.Add(new Frame(tag.Name, tag.Start, null));
                    break;
                case "elsif":
                case "when":
                    NextBranch(tag);
                    Expression(tokens, 0);
                    break;
                case "else":
                    NextBranch(tag);
                    Top.HasElse = true;
                    break;
                case "for":
                    For(tag, tokens);
                    break;
                case "assign":
                    Assign(tag, tokens);
                    break;
                case "capture":
                    var target = tokens.Count > 0 && tokens[0].Kind == LiquidTokenKind.Identifier ? tokens[0] : throw new TemplateCompileException(tag.Start, "'{% capture %}' needs a variable name.");
                    RefuseShadowing(target);
                    _frames.Add(new Frame("capture", tag.Start, target.Text(_source)));
                    break;
                case "endif":
                case "endunless":
                case "endcase":
                case "endfor":
                case "endcapture":
                    Close();
                    break;
            }
        }

        private Frame Top => _frames[_frames.Count - 1];

        private void For(LiquidTag tag, List<LiquidToken> tokens)
        {
            if (tokens.Count < 3 || tokens[0].Kind != LiquidTokenKind.Identifier || !tokens[1].Is(_source, "in"))
            {
                throw new TemplateCompileException(tag.Start, "'{% for %}' is written '{% for item in list %}'.");
            }

            RefuseShadowing(tokens[0]);
            var rest = tokens.Skip(2).ToList();
            Expression(rest, 0);
            var frame = new Frame("for", tag.Start, null);
            frame.Assigned.Add(tokens[0].Text(_source));
            frame.Assigned.Add("forloop");
            _frames.Add(frame);
        }

        private void Assign(LiquidTag tag, List<LiquidToken> tokens)
        {
            if (tokens.Count < 3 || tokens[0].Kind != LiquidTokenKind.Identifier || tokens[1].Kind != LiquidTokenKind.Assign)
            {
                throw new TemplateCompileException(tag.Start, "'{% assign %}' is written '{% assign name = value %}'.");
            }

            RefuseShadowing(tokens[0]);

            // The value is read before the name exists: "{% assign x = x %}" names nothing new.
            Expression(tokens, 2);
            Top.Assigned.Add(tokens[0].Text(_source));
        }

        private void RefuseShadowing(LiquidToken name)
        {
            var text = name.Text(_source);
            if (FactRoots.Contains(text) || Keywords.Contains(text) || text == "forloop")
            {
                throw new TemplateCompileException(name.Start, $"'{text}' is a name the template already uses ({(text == "forloop" ? "the loop's counters" : FactRoots.Contains(text) ? "a group of facts" : "a Liquid keyword")}); choose another variable name.");
            }
        }

        private void NextBranch(LiquidTag tag)
        {
            var top = Top;
            if (top.Kind != "if" && top.Kind != "unless" && top.Kind != "case" && top.Kind != "for")
            {
                throw new TemplateCompileException(tag.Start, $"'{{% {tag.Name} %}}' belongs inside an if, unless, case or for block.");
            }

            if (top.Kind == "for")
            {
                // A for loop's else runs when the list is empty: the loop variable does not exist there.
                top.Assigned.Clear();
                return;
            }

            if (top.SeenBranch || top.Kind != "case")
            {
                top.Branches.Add(new HashSet<string>(top.Assigned, StringComparer.Ordinal));
            }

            top.SeenBranch = true;
            top.Assigned.Clear();
        }

        private void Close()
        {
            if (_frames.Count == 1)
            {
                return; // the engine's parser already refused a stray end tag
            }

            var frame = Top;
            _frames.RemoveAt(_frames.Count - 1);
            if (frame.Kind == "capture")
            {
                Top.Assigned.Add(frame.CaptureName!);
            }
            else if ((frame.Kind == "if" || frame.Kind == "unless" || frame.Kind == "case") && frame.HasElse)
            {
                // Assigned after the block only when every branch assigned it.
                var all = new HashSet<string>(frame.Assigned, StringComparer.Ordinal);
                foreach (var branch in frame.Branches)
                {
                    all.IntersectWith(branch);
                }

                Top.Assigned.UnionWith(all);
            }
        }

        private bool IsAssigned(string name)
        {
            for (var i = _frames.Count - 1; i >= 0; i--)
            {
                if (_frames[i].Assigned.Contains(name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Checks the names of an expression: members, filters and their arguments.</summary>
        private void Expression(List<LiquidToken> tokens, int from)
        {
            for (var i = from; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Kind != LiquidTokenKind.Identifier)
                {
                    continue;
                }

                var previous = i > 0 ? tokens[i - 1].Kind : (LiquidTokenKind?)null;
                var next = i + 1 < tokens.Count ? tokens[i + 1].Kind : (LiquidTokenKind?)null;
                var text = token.Text(_source);
                if (previous == LiquidTokenKind.Pipe)
                {
                    Filter(token, text);
                }
                else if (previous == LiquidTokenKind.Dot)
                {
                    // a member name, checked with its root
                }
                else if (next == LiquidTokenKind.Colon || WordOperators.Contains(text) || text == "reversed")
                {
                    // a named argument ("limit: 3", "default: 'x', allow_false: true"), an operator or a loop modifier
                }
                else
                {
                    i = Member(tokens, i, text);
                }
            }
        }

        private void Filter(LiquidToken token, string name)
        {
            if (LiquidFilters.IsAllowed(name))
            {
                return;
            }

            throw new TemplateCompileException(token.Start, name == "date"
                ? "'date' is not available in templates: it reads the machine's clock. Dates come from the order's facts; format them with seller_time, buyer_time, both_times or day."
                : $"'{name}' is not a filter phrases can use. Allowed: {string.Join(", ", LiquidFilters.AllowedNames)}.");
        }

        /// <summary>Checks a name with its members (<c>shipment.carrier</c>, <c>item.name</c>); returns the last token it used.</summary>
        private int Member(List<LiquidToken> tokens, int at, string root)
        {
            var members = new List<string>();
            var indexed = -1;
            var last = at;
            while (last + 1 < tokens.Count)
            {
                var kind = tokens[last + 1].Kind;
                if (kind == LiquidTokenKind.Dot && last + 2 < tokens.Count && tokens[last + 2].Kind is LiquidTokenKind.Identifier or LiquidTokenKind.Number)
                {
                    members.Add(tokens[last + 2].Text(_source));
                    last += 2;
                }
                else if (kind == LiquidTokenKind.OpenBracket)
                {
                    indexed = indexed < 0 ? tokens[last + 1].Start : indexed;
                    break; // the index expression is checked as names of its own
                }
                else
                {
                    break;
                }
            }

            var start = tokens[at].Start;
            if (Keywords.Contains(root) && members.Count == 0 && indexed < 0)
            {
                return last;
            }

            if (FactRoots.Contains(root))
            {
                Fact(start, root, members, indexed);
                return last;
            }

            if (IsAssigned(root))
            {
                return last;
            }

            throw new TemplateCompileException(start, root switch
            {
                "date" or "now" or "today" => $"'{root}' is not available in templates: it would read the machine's clock. Dates come from the order's facts; format them with seller_time, buyer_time, both_times or day.",
                "forloop" => "'forloop' exists only inside a '{% for %}' loop.",
                _ when AssignedLater(root) => $"'{root}' is used before it is assigned here; a variable exists only after its '{{% assign %}}' or '{{% capture %}}', in the same block or one that encloses this one.",
                _ => $"'{root}' is not a fact, a variable of this template or an allowed filter. Fact groups: {string.Join(", ", FactRoots.OrderBy(x => x, StringComparer.Ordinal))}.",
            });
        }

        private bool AssignedLater(string name) =>
            _source.IndexOf("assign " + name, StringComparison.Ordinal) >= 0 || _source.IndexOf("capture " + name, StringComparison.Ordinal) >= 0
            || _source.IndexOf("for " + name + " ", StringComparison.Ordinal) >= 0;

        private void Fact(int start, string root, List<string> members, int indexed)
        {
            if (indexed >= 0 && members.Count == 0)
            {
                var example = OrderFacts.Names.FirstOrDefault(n => n.StartsWith(root + ".", StringComparison.Ordinal)) ?? "custom.NAME";
                throw new TemplateCompileException(start, $"'{root}[…]': write facts by name, e.g. {example}.");
            }

            if (members.Count == 0)
            {
                throw new TemplateCompileException(start, $"'{root}' is a group of facts; name one, e.g. {OrderFacts.Names.FirstOrDefault(n => n.StartsWith(root + ".", StringComparison.Ordinal)) ?? root + ".NAME"}.");
            }

            var name = root + "." + members[0];
            if (members.Count == 2 && indexed < 0 && OrderFacts.PartsOf(name).Contains(members[1]))
            {
                members.RemoveAt(1); // a part the fact offers (shipment.delivery_window.min): the fact itself is checked below
            }

            if (members.Count > 1 || indexed >= 0)
            {
                throw new TemplateCompileException(start, OrderFacts.PartsOf(name).Count > 0 && members.Count > 1
                    ? $"'{name}.{members[1]}': '{name}' has the parts {string.Join(", ", OrderFacts.PartsOf(name).Select(p => name + "." + p))}."
                    : $"'{name}.{(members.Count > 1 ? members[1] : "[…]")}': a fact has no members; use the fact itself or a filter.");
            }

            if (!OrderFacts.IsKnown(name))
            {
                var suggestions = OrderFacts.Names.Where(n => n.StartsWith(root + ".", StringComparison.Ordinal));
                throw new TemplateCompileException(start, $"unknown fact '{name}'. Facts under '{root}': {string.Join(", ", suggestions)}.");
            }

            if (!_facts.Contains(name))
            {
                _facts.Add(name);
            }
        }

        private sealed class Frame
        {
            public Frame(string kind, int start, string? captureName)
            {
                Kind = kind;
                Start = start;
                CaptureName = captureName;
            }

            public string Kind { get; }

            public int Start { get; }

            public string? CaptureName { get; }

            /// <summary>Names assigned in the current branch of this block (and, for a loop, its variable).</summary>
            public HashSet<string> Assigned { get; } = new HashSet<string>(StringComparer.Ordinal);

            /// <summary>Names assigned in each branch already closed.</summary>
            public List<HashSet<string>> Branches { get; } = new List<HashSet<string>>();

            public bool HasElse { get; set; }

            /// <summary>For case blocks: whether a 'when' was seen (text before the first is never rendered).</summary>
            public bool SeenBranch { get; set; }
        }
    }
}
