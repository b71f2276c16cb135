namespace FollowUp.Phrases.Lifecycle
{
    /// <summary>One line of an order.</summary>
    /// <param name="Name">What the buyer sees, e.g. "Silicone lid, 12 cm".</param>
    /// <param name="Quantity">How many units.</param>
    /// <param name="Sku">The seller's stock code, if any.</param>
    public sealed record OrderItem(string Name, int Quantity, string? Sku = null);
}
