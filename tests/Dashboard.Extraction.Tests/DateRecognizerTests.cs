using Dashboard.Core.Time;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Prepare;

namespace Dashboard.Extraction.Tests;

/// <summary>One-line cases: a sentence and a fixed publication date (a Tuesday) → "surface=interval/precision".</summary>
public sealed class DateRecognizerTests
{
    private static readonly DateOnly Tuesday = new(2022, 1, 11);

    [Theory]
    [InlineData("They arrived on Sunday.", "on Sunday=2022-01-09/Day")]
    [InlineData("Shots rang out Monday night.", "Monday night=2022-01-10/Day")]
    [InlineData("He spoke on Tuesday.", "on Tuesday=2022-01-11/Day")]
    [InlineData("It began last Tuesday.", "last Tuesday=2022-01-04/Day")]
    [InlineData("Talks resume next Friday.", "next Friday=2022-01-14/Day")]
    [InlineData("Protests erupted last week.", "last week=2022-01-03/2022-01-09/Week")]
    [InlineData("Markets fell this week.", "this week=2022-01-10/2022-01-11/Week")]
    [InlineData("Dozens died over the past week.", "over the past week=2022-01-03/2022-01-09/Week")]
    [InlineData("Nobody has left since Saturday evening.", "since Saturday evening=2022-01-08/2022-01-11/Day")]
    [InlineData("He was ousted in 2014.", "in 2014=2014-01-01/2014-12-31/Year")]
    [InlineData("They have ruled since 2020.", "since 2020=2020-01-01/2022-01-11/Year")]
    [InlineData("After the 2014 Maidan protests, aid came.", "2014=2014-01-01/2014-12-31/Year")]
    [InlineData("Flights resumed January 9.", "January 9=2022-01-09/Day")]
    [InlineData("Flights resumed on 9 January 2022.", "9 January 2022=2022-01-09/Day")]
    [InlineData("Flights resumed on Jan. 9, 2022.", "Jan. 9, 2022=2022-01-09/Day")]
    [InlineData("Prices rose in December.", "in December=2021-12-01/2021-12-31/Month")]
    [InlineData("The drills will run from Feb. 10.", "Feb. 10=2022-02-10/Day")]
    [InlineData("Flights resumed March 9.", "March 9=2021-03-09/Day")]
    [InlineData("Flights resumed January 15.", "January 15=2022-01-15/Day")]
    [InlineData("Prices rose in January 2021.", "January 2021=2021-01-01/2021-01-31/Month")]
    [InlineData("The mayor resigned yesterday.", "yesterday=2022-01-10/Day")]
    [InlineData("The convoy left two days ago.", "two days ago=2022-01-09/Day")]
    [InlineData("Sales fell last month.", "last month=2021-12-01/2021-12-31/Month")]
    [InlineData("Crowds gathered over the weekend.", "over the weekend=2022-01-08/2022-01-09/Day")]
    [InlineData("Talks were held at the weekend.", "at the weekend=2022-01-08/2022-01-09/Day")]
    [InlineData("Yesterday the mayor resigned.", "Yesterday=2022-01-10/Day")]
    [InlineData("Today the mayor resigned.", "Today=2022-01-11/Day")]
    [InlineData("Last night shots rang out.", "Last night=2022-01-10/Day")]
    [InlineData("This morning shots rang out.", "This morning=2022-01-11/Day")]
    [InlineData("The vote is tomorrow.", "tomorrow=2022-01-12/Day")]
    [InlineData("The vote is tonight.", "tonight=2022-01-11/Day")]
    [InlineData("They met Wednesday.", "Wednesday=2022-01-05/Day")]
    [InlineData("They met Thursday.", "Thursday=2022-01-06/Day")]
    [InlineData("It opened Sept. 3, 2021.", "Sept. 3, 2021=2021-09-03/Day")]
    [InlineData("It opened in May.", "in May=2021-05-01/2021-05-31/Month")]
    [InlineData("It may open in march.", "")]
    [InlineData("Prices rose in September,   2021.", "September,   2021=2021-09-01/2021-09-30/Month")]
    [InlineData("In 2000 more troops arrived.", "")]
    [InlineData("The decree of 2021-03-05 was annulled.", "2021-03-05=2021-03-05/Day")]
    [InlineData("He was 20 when he left in 2019.", "in 2019=2019-01-01/2019-12-31/Year")]
    [InlineData("Just over 2000 troops arrived.", "")]
    [InlineData("More than 160 people died in 75 towns.", "")]
    public void Recognise_Sentence_NormalisesAgainstPublicationDate(string sentence, string expected) =>
        Assert.Equal(expected, Render(sentence, Tuesday));

    [Theory]
    [InlineData("Crowds gathered this weekend.", "this weekend=2022-01-08/2022-01-09/Day")]
    [InlineData("Crowds gathered last weekend.", "last weekend=2022-01-01/2022-01-02/Day")]
    public void Recognise_WeekendPublishedOnSunday_ThisIsTheSameLastIsTheOneBefore(string sentence, string expected) =>
        Assert.Equal(expected, Render(sentence, new DateOnly(2022, 1, 9)));

    [Fact]
    public void Recognise_DayWithoutYearLateInYear_MeansLastYear() =>
        Assert.Equal("Dec. 30=2021-12-30/Day", Render("It started on Dec. 30.", new DateOnly(2022, 1, 3)));

    [Theory]
    [InlineData("They arrived on Sunday.", "")]
    [InlineData("Flights resumed on 9 January 2022.", "9 January 2022=2022-01-09/Day")]
    public void Recognise_NoPublicationDate_KeepsOnlyAbsoluteDates(string sentence, string expected) =>
        Assert.Equal(expected, Render(sentence, null));

    [Fact]
    public void DateInterval_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new DateInterval(new DateOnly(2022, 1, 2), new DateOnly(2022, 1, 1), TimePrecision.Day));

    private static string Render(string sentence, DateOnly? published) =>
        string.Join(" | ", DateRecognizer.Recognise(DocumentPreparer.Prepare(sentence), published)
            .Select(e => $"{e.Surface}={e.Interval}/{e.Interval.Precision}"));
}
