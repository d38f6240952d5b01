using System.Text.Json;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Search;
using AviationApis.Cangooroo.Tests.Infrastructure;

namespace AviationApis.Cangooroo.Tests.Booking;

public sealed class BookingStatusTests
{
    [Theory]
    [InlineData("Cancelled", "Canceled")]
    [InlineData("AwatingPayment", "AwaitingPayment")]
    [InlineData("InProgress", "In progress")]
    [InlineData("PendingCancellation", "Pending Cancellation")]
    [InlineData("Confirmed", "CONFIRMED")]
    public void Spelling_variants_are_the_same_status(string a, string b)
    {
        var left = BookingStatus.FromValue(a);
        var right = BookingStatus.FromValue(b);

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.True(right.IsKnown);
        Assert.Equal(b, right.Value);
    }

    [Fact]
    public void Known_values_have_the_vendor_spelling()
    {
        Assert.Equal("AwatingPayment", BookingStatus.AwaitingPayment.Value);
        Assert.Equal("Cancelled", BookingStatus.Cancelled.Value);
        Assert.NotEqual(BookingStatus.Pending, BookingStatus.PendingCancellation);
    }

    [Theory]
    [InlineData("Confirmed", true, false, false)]
    [InlineData("Rejected", true, false, false)]
    [InlineData("Canceled", true, false, false)]
    [InlineData("InProgress", false, true, false)]
    [InlineData("Pending", false, true, false)]
    [InlineData("OnRequest", false, true, false)]
    [InlineData("AwatingPayment", false, true, false)]
    [InlineData("TechnicalProblem", false, false, true)]
    [InlineData("PendingCancellation", false, false, true)]
    [InlineData("SomethingNew", false, true, false)]
    public void Helpers_say_which_statuses_are_final_and_which_need_a_check(string value, bool final, bool check, bool operatorAction)
    {
        var status = BookingStatus.FromValue(value);

        Assert.Equal(final, status.IsFinal);
        Assert.Equal(check, status.RequiresStatusCheck);
        Assert.Equal(operatorAction, status.RequiresOperatorAction);
    }

    [Fact]
    public void Unknown_status_is_kept_as_sent()
    {
        var status = JsonSerializer.Deserialize("\"Reemitido\"", TestJson.Default.BookingStatus);

        Assert.Equal("Reemitido", status.Value);
        Assert.False(status.IsKnown);
        Assert.Equal("Reemitido", status.ToString());
    }

    [Fact]
    public void Default_status_is_empty_and_unknown()
    {
        var status = default(BookingStatus);

        Assert.Equal(string.Empty, status.Value);
        Assert.False(status.IsKnown);
    }

    [Fact]
    public void Flight_number_lists_split_on_semicolons_and_commas()
    {
        Assert.Equal(["A1", "B2", "C3"], new Flight { FlightNumber = "A1;B2 , C3;" }.FlightNumbers);
        Assert.Empty(new Flight().FlightNumbers);
    }
}
