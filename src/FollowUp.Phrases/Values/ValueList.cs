using System.Collections;
using System.Collections.Generic;

namespace FollowUp.Phrases.Values
{
    /// <summary>
    /// A read-only list equal to another with the same items in the same order. Records keep their lists in one, so an
    /// order read back from its JSON equals the order written: a record's generated equality compares its fields, and
    /// a plain array compares by reference.
    /// </summary>
    internal sealed class ValueList<T> : IReadOnlyList<T>, System.IEquatable<ValueList<T>>
    {
        public static readonly ValueList<T> Empty = new ValueList<T>(System.Array.Empty<T>());

        private readonly T[] _items;

        private ValueList(T[] items) => _items = items;

        public static ValueList<T> Of(IEnumerable<T>? items) => items switch
        {
            null => Empty,
            ValueList<T> already => already,
            _ => new ValueList<T>(new List<T>(items).ToArray()),
        };

        public int Count => _items.Length;

        public T this[int index] => _items[index];

        public bool Equals(ValueList<T>? other)
        {
            if (other is null || other._items.Length != _items.Length)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < _items.Length; i++)
            {
                if (!comparer.Equals(_items[i], other._items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in _items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
            }

            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public override string ToString() => $"[{string.Join(", ", _items)}]";
    }
}
