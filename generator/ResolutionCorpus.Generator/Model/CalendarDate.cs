using System.Globalization;

namespace ResolutionCorpus.Generator.Model;

/// <summary>A day of the calendar, as resolution files write it (<c>2025-04-16</c>): the model's one date type.</summary>
internal readonly record struct CalendarDate(int Year, int Month, int Day)
{
    /// <summary>The date as the files and Akoma Ntoso write it: <c>2025-04-16</c>.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);

    /// <summary>The date as a reader sees it: <c>16 April 2025</c>.</summary>
    public string ToLongString() =>
        new System.DateTime(Year, Month, Day).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
