using TopUpBot.Domain.TopUps;

namespace TopUpBot.Domain.Tests.TopUps;

public class HistoryPageTests
{
    private static readonly int[] TwentyThree = [.. Enumerable.Range(1, 23)];

    [Theory]
    [InlineData(0, 1, 10, false, true)]
    [InlineData(1, 11, 10, true, true)]
    [InlineData(2, 21, 3, true, false)]
    public void Pages_hold_ten_entries(int number, int first, int count, bool hasPrevious, bool hasNext)
    {
        var page = HistoryPage.Of(TwentyThree, number);

        Assert.Equal(Enumerable.Range(first, count), page.Items);
        Assert.Equal((3, hasPrevious, hasNext), (page.Count, page.HasPrevious, page.HasNext));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(7, 2)]
    public void A_page_out_of_range_gives_the_nearest_one(int asked, int shown) =>
        Assert.Equal(shown, HistoryPage.Of(TwentyThree, asked).Number);

    [Fact]
    public void An_empty_list_has_one_empty_page()
    {
        var page = HistoryPage.Of(Array.Empty<int>(), 0);

        Assert.Equal((0, 1, false, false), (page.Items.Count, page.Count, page.HasPrevious, page.HasNext));
    }
}
