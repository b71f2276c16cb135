using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FollowUp.Phrases.Lifecycle;
using FollowUp.Phrases.Timing;
using NodaTime;

namespace FollowUp.Phrases.Rendering
{
    /// <summary>
    /// Writes fact values the way a buyer reads them, in the phrase's language. Engine-independent, so a change of
    /// template engine keeps every date and amount exactly as it is.
    /// </summary>
    internal sealed class ValueFormatter
    {
        public ValueFormatter(string locale, SellerTime sellerTime, DateTimeZone? buyerZone)
        {
            Locale = locale;
            SellerTime = sellerTime;
            BuyerZone = buyerZone;
        }

        public string Locale { get; }

        public SellerTime SellerTime { get; }

        public DateTimeZone? BuyerZone { get; }

        public string Format(object? value)
        {
            switch (value)
            {
                case null:
                    return "";
                case string s:
                    return s;
                case Instant instant:
                    return SellerTime.Format(instant);
                case LocalDate date:
                    return DateNames.Format(date, Locale);
                case Money money:
                    return FormatMoney(money);
                case DeliveryWindow window:
                    return FormatWindow(window);
                case DateRange range:
                    return range.Format(Locale);
                case Uri uri:
                    return WebLink.Serialize(uri);
                case int i:
                    return i.ToString(CultureInfo.InvariantCulture);
                case long l:
                    return l.ToString(CultureInfo.InvariantCulture);
                case decimal d:
                    return d.ToString(CultureInfo.InvariantCulture);
                case double f:
                    return f.ToString(CultureInfo.InvariantCulture);
                case IEnumerable<OrderItem> items:
                    return string.Join(", ", items.Select(FormatItem));
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                default:
                    return value.ToString() ?? "";
            }
        }

        /// <summary>The instant in the buyer's zone when it is known, else in the seller's.</summary>
        public string BuyerTime(Instant instant) =>
            BuyerZone is null ? SellerTime.Format(instant) : SellerTime.FormatIn(instant, BuyerZone);

        /// <summary>The seller's time, then the buyer's when it is known and different: both sides can check.</summary>
        public string BothTimes(Instant instant)
        {
            var seller = SellerTime.Format(instant);
            if (BuyerZone is null)
            {
                return seller;
            }

            var buyer = SellerTime.FormatIn(instant, BuyerZone);
            return buyer == seller ? seller : seller + " / " + buyer;
        }

        /// <summary>The calendar day of an instant in the seller's zone, or a date as is.</summary>
        public string Day(object value) => value switch
        {
            Instant instant => DateNames.Format(instant.InZone(SellerTime.SellerZone).Date, Locale),
            LocalDate date => DateNames.Format(date, Locale),
            _ => Format(value),
        };

        /// <summary>
        /// An amount as the text's readers write it: <c>EUR 59.90</c> in English (the ISO code first: "$" alone is
        /// ambiguous between US, Canadian and Australian dollars), <c>59,90 €</c> in German, French and Spanish (a code
        /// after the amount for other currencies), <c>59.90欧元</c> in Chinese.
        /// </summary>
        private string FormatMoney(Money m)
        {
            var plain = m.Amount.ToString("0.00", CultureInfo.InvariantCulture);
            switch (DateNames.Language(Locale))
            {
                case "zh":
                    return plain + (ChineseCurrencies.TryGetValue(m.Currency, out var name) ? name : " " + m.Currency);
                case "de":
                case "es":
                    return Grouped(m.Amount, '.') + "\u00A0" + Symbol(m.Currency);
                case "fr":
                    return Grouped(m.Amount, '\u202F') + "\u00A0" + Symbol(m.Currency);
                default:
                    return m.ToString();
            }
        }

        private static readonly System.Collections.Generic.Dictionary<string, string> ChineseCurrencies = new System.Collections.Generic.Dictionary<string, string>
        {
            ["EUR"] = "欧元", ["USD"] = "美元", ["GBP"] = "英镑", ["CNY"] = "元", ["JPY"] = "日元", ["AUD"] = "澳元", ["CAD"] = "加元",
        };

        private static string Symbol(string currency) => currency == "EUR" ? "€" : currency;

        // "1.234,50" (de, es) or "1 234,50" (fr): decimal comma, the given thousands separator.
        private static string Grouped(decimal amount, char thousands) =>
            amount.ToString("#,0.00", CultureInfo.InvariantCulture).Replace(",", "\u0001").Replace(".", ",").Replace('\u0001', thousands);

        private string FormatWindow(DeliveryWindow w)
        {
            var range = w.MinDays == w.MaxDays
                ? w.MinDays.ToString(CultureInfo.InvariantCulture)
                : w.MinDays.ToString(CultureInfo.InvariantCulture) + "\u2013" + w.MaxDays.ToString(CultureInfo.InvariantCulture);
            var working = w.Kind == DayKind.WorkingDays;
            switch (DateNames.Language(Locale))
            {
                case "zh":
                    return range + (working ? "个工作日" : "天");
                case "de":
                    return range + (working ? " Werktage" : " Tage");
                case "es":
                    return range + (working ? " días hábiles" : " días");
                default:
                    return range + (working ? " working days" : " days");
            }
        }

        private static string FormatItem(OrderItem item) =>
            item.Quantity.ToString(CultureInfo.InvariantCulture) + " × " + item.Name;
    }
}
