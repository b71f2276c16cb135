using System;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>Raised inside the template engine when a missing fact is printed; turned into <see cref="MissingFactException"/>.</summary>
    internal sealed class MissingFactUsedException : Exception
    {
        public MissingFactUsedException(string fact) : base($"The order lacks '{fact}'.") => Fact = fact;

        public string Fact { get; }
    }
}
