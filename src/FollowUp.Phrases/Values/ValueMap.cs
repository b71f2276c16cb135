using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace FollowUp.Phrases.Values
{
    /// <summary>A read-only string map equal to another with the same keys and values, in any order (see <see cref="ValueList{T}"/>).</summary>
    internal sealed class ValueMap : IReadOnlyDictionary<string, string>, System.IEquatable<ValueMap>
    {
        public static readonly ValueMap Empty = new ValueMap(new Dictionary<string, string>(System.StringComparer.Ordinal));

        private readonly Dictionary<string, string> _map;

        private ValueMap(Dictionary<string, string> map) => _map = map;

        public static ValueMap Of(IEnumerable<KeyValuePair<string, string>>? pairs) => pairs switch
        {
            null => Empty,
            ValueMap already => already,
            _ => new ValueMap(pairs.ToDictionary(p => p.Key, p => p.Value, System.StringComparer.Ordinal)),
        };

        public int Count => _map.Count;

        public IEnumerable<string> Keys => _map.Keys;

        public IEnumerable<string> Values => _map.Values;

        public string this[string key] => _map[key];

        public bool ContainsKey(string key) => _map.ContainsKey(key);

        public bool TryGetValue(string key, out string value) => _map.TryGetValue(key, out value!);

        public bool Equals(ValueMap? other) =>
            other != null && other._map.Count == _map.Count && _map.All(p => other._map.TryGetValue(p.Key, out var v) && v == p.Value);

        public override bool Equals(object? obj) => Equals(obj as ValueMap);

        public override int GetHashCode()
        {
            var hash = 0;
            foreach (var p in _map)
            {
                hash ^= unchecked((System.StringComparer.Ordinal.GetHashCode(p.Key) * 397) ^ (p.Value is null ? 0 : System.StringComparer.Ordinal.GetHashCode(p.Value)));
            }

            return hash;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _map.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _map.GetEnumerator();
    }
}
