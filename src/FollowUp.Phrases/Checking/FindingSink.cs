using System;
using System.Collections;
using System.Collections.Generic;

namespace FollowUp.Phrases.Checking
{
    /// <summary>
    /// Where rules put their findings. Each rule may add any number, but only its first
    /// <see cref="PerRuleLimit"/> are kept (rules report in reading order); the rest are only counted. A message with
    /// millions of vague phrases therefore never holds millions of findings, and the report still shows the first ones
    /// and how many more there were.
    /// </summary>
    internal sealed class FindingSink : ICollection<Diagnostic>
    {
        private readonly Func<Diagnostic, bool>? _suppressed;
        private int _fromThisRule;

        /// <param name="perRuleLimit">Findings kept per rule.</param>
        /// <param name="suppressed">Whether a finding is silenced (by the context or a marker); silenced findings are neither kept nor counted.</param>
        public FindingSink(int perRuleLimit, Func<Diagnostic, bool>? suppressed = null)
        {
            PerRuleLimit = perRuleLimit;
            _suppressed = suppressed;
        }

        public int PerRuleLimit { get; }

        /// <summary>The findings kept, in the order rules added them.</summary>
        public List<Diagnostic> Kept { get; } = new List<Diagnostic>();

        /// <summary>Findings added beyond a rule's limit and not kept.</summary>
        public int Dropped { get; private set; }

        public int Count => Kept.Count;

        public bool IsReadOnly => false;

        /// <summary>Starts counting for the next rule.</summary>
        public void BeginRule() => _fromThisRule = 0;

        public void Add(Diagnostic item)
        {
            if (_suppressed != null && _suppressed(item))
            {
                return;
            }

            if (_fromThisRule++ < PerRuleLimit)
            {
                Kept.Add(item);
            }
            else
            {
                Dropped++;
            }
        }

        public void Clear()
        {
            Kept.Clear();
            Dropped = 0;
        }

        public bool Contains(Diagnostic item) => Kept.Contains(item);

        public void CopyTo(Diagnostic[] array, int arrayIndex) => Kept.CopyTo(array, arrayIndex);

        public bool Remove(Diagnostic item) => Kept.Remove(item);

        public IEnumerator<Diagnostic> GetEnumerator() => Kept.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
