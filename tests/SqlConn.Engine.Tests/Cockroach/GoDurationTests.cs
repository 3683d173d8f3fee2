using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary><see cref="GoDuration"/> against the cases of Go's own time.ParseDuration tests.</summary>
public class GoDurationTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("5s")]
    [InlineData("-5s")]
    [InlineData("+5s")]
    [InlineData("-0")]
    [InlineData("5.s")]
    [InlineData(".5s")]
    [InlineData("1.004s")]
    [InlineData("100.00100s")]
    [InlineData("10ns")]
    [InlineData("11us")]
    [InlineData("12\u00b5s")]
    [InlineData("12\u03bcs")]
    [InlineData("13ms")]
    [InlineData("15m")]
    [InlineData("16h")]
    [InlineData("3h30m")]
    [InlineData("10.5s4m")]
    [InlineData("-2m3.4s")]
    [InlineData("1h2m3s4ms5us6ns")]
    [InlineData("0.3333333333333333333h")]
    [InlineData("9223372036854775807ns")]
    [InlineData("9223372036854775.807us")]
    [InlineData("9223372036854ms775us807ns")]
    [InlineData("-9223372036854775808ns")]
    [InlineData("-2562047h47m16.854775808s")]
    [InlineData("0.100000000000000000000h")]
    public void Valid_durations_have_no_error(string duration) => Assert.Null(GoDuration.ParseError(duration));

    [Theory]
    [InlineData("", "time: invalid duration \"\"")]
    [InlineData("3", "time: missing unit in duration \"3\"")]
    [InlineData("-", "time: invalid duration \"-\"")]
    [InlineData("s", "time: invalid duration \"s\"")]
    [InlineData(".", "time: invalid duration \".\"")]
    [InlineData("-.", "time: invalid duration \"-.\"")]
    [InlineData(".s", "time: invalid duration \".s\"")]
    [InlineData("+.s", "time: invalid duration \"+.s\"")]
    [InlineData("1d", "time: unknown unit \"d\" in duration \"1d\"")]
    [InlineData("9223372036854775808ns", "time: invalid duration \"9223372036854775808ns\"")]
    [InlineData("9223372036854775.808us", "time: invalid duration \"9223372036854775.808us\"")]
    [InlineData("9223372036854ms775us808ns", "time: invalid duration \"9223372036854ms775us808ns\"")]
    [InlineData("-9223372036854775809ns", "time: invalid duration \"-9223372036854775809ns\"")]
    public void Invalid_durations_get_Gos_error(string duration, string error) => Assert.Equal(error, GoDuration.ParseError(duration));
}
