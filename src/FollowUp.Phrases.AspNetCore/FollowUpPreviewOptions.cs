using System;
using System.Collections.Generic;
using System.Linq;
using FollowUp.Phrases.Lifecycle;

namespace FollowUp.Phrases.AspNetCore
{
    /// <summary>
    /// Settings of the preview page that <see cref="FollowUpPreviewEndpointRouteBuilderExtensions.MapFollowUpPreview"/>
    /// maps. Plain settings, validated once when the page is mapped; every problem is reported in one message.
    /// </summary>
    public sealed class FollowUpPreviewOptions
    {
        /// <summary>
        /// Orders the page offers by name, beside the specimen (an order with every fact) and pasted order JSON. Add your
        /// own typical orders so phrase writers see real-looking data.
        /// </summary>
        public IDictionary<string, OrderSnapshot> Orders { get; } = new Dictionary<string, OrderSnapshot>(StringComparer.Ordinal);

        /// <summary>Whether the two sample orders of the repository (sample-order, order-without-tracking) are offered. Default true.</summary>
        public bool IncludeSampleOrders { get; set; } = true;

        /// <summary>The largest request body the page's API reads, in bytes (pasted messages and orders). Default 256 KB.</summary>
        public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

        /// <summary>The page's title, shown in the browser tab and header.</summary>
        public string Title { get; set; } = "FollowUp.Phrases preview";

        /// <summary>Every problem with these settings, one line each; empty when they are usable.</summary>
        public IReadOnlyList<string> Validate()
        {
            var problems = new List<string>();
            if (MaxRequestBodyBytes < 1024)
            {
                problems.Add($"MaxRequestBodyBytes is {MaxRequestBodyBytes}; it must be at least 1024.");
            }

            if (string.IsNullOrWhiteSpace(Title))
            {
                problems.Add("Title is empty; give the page a name.");
            }

            foreach (var pair in Orders)
            {
                if (string.IsNullOrWhiteSpace(pair.Key) || pair.Key == PreviewOrders.SpecimenName)
                {
                    problems.Add($"Orders has the name '{pair.Key}'; use a non-empty name other than '{PreviewOrders.SpecimenName}'.");
                }

                if (pair.Value is null)
                {
                    problems.Add($"Orders['{pair.Key}'] is null.");
                }
            }

            return problems;
        }

        internal void ThrowIfInvalid()
        {
            var problems = Validate();
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("FollowUpPreviewOptions: " + string.Join(" ", problems));
            }
        }

        /// <summary>The samples (when included) with the host's orders over them by name.</summary>
        internal IReadOnlyDictionary<string, OrderSnapshot> AllOrders()
        {
            var all = IncludeSampleOrders ? PreviewOrders.Samples.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) : new Dictionary<string, OrderSnapshot>(StringComparer.Ordinal);
            foreach (var pair in Orders)
            {
                all[pair.Key] = pair.Value;
            }

            return all;
        }
    }
}
