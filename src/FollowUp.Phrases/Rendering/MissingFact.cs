namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// Stands in a template model where the order lacks a fact: false in <c>{% if %}</c>, empty for <c>default</c>,
    /// and an error the moment a template tries to print it.
    /// </summary>
    internal sealed class MissingFact
    {
        public MissingFact(string name) => Name = name;

        public string Name { get; }

        public override string ToString() => throw new MissingFactUsedException(Name);
    }
}
