using System.Text.RegularExpressions;
using Dashboard.Extraction.Dates;

namespace Dashboard.Extraction.Tests;

public sealed class TimeAdverbialsTests
{
    [Theory]
    [InlineData("on", TimeAdverbials.WeekdayLeads, true)]
    [InlineData("early", TimeAdverbials.WeekdayLeads, true)]
    [InlineData("in", TimeAdverbials.WeekdayLeads, false)]
    [InlineData("weekend", TimeAdverbials.Periods, true)]
    [InlineData("week", TimeAdverbials.PartsOfDay, false)]
    [InlineData("overnight", TimeAdverbials.DayWords, true)]
    [InlineData("", TimeAdverbials.DayWords, false)]
    [InlineData("Today", TimeAdverbials.DayWords, false)]
    public void In_WordAndList_TellsWhetherTheListHasIt(string word, string words, bool expected) =>
        Assert.Equal(expected, TimeAdverbials.In(word, words));

    [Theory]
    [InlineData("on Tuesday ", true)]
    [InlineData("late Monday night ", true)]
    [InlineData("last weekend ", true)]
    [InlineData("yesterday ", true)]
    [InlineData("on Tuesdays ", false)]
    [InlineData("next week ", false)]
    [InlineData("in May ", false)]
    public void Pattern_Phrase_MatchesOneWholeAdverbial(string phrase, bool expected) =>
        Assert.Equal(expected, Regex.IsMatch(phrase, @"\A" + TimeAdverbials.Pattern + @"\z", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
}
