using Cockpit.Ingest.Xlsx;

namespace Cockpit.Ingest.Tests.Xlsx;

public class CellDateTests
{
    [TestCase("d.m.yyyy", true)]
    [TestCase("mmmm yyyy", true)]
    [TestCase("[$-40B]d\\.m\\.yyyy;@", true)]
    [TestCase("yyyy-mm-dd hh:mm", true)]
    [TestCase("0.00", false)]
    [TestCase("# ##0 \"kpl\"", false)]
    [TestCase("[Red]0.0", false)]
    [TestCase("0 \"päivää\"", false)]
    [TestCase("@", false)]
    public void A_custom_format_is_a_date_when_it_has_d_m_or_y_outside_quotes_and_brackets(string format, bool isDate) =>
        Assert.That(XlsxStyles.IsDateFormat(format), Is.EqualTo(isDate));

    [TestCase(14, true)]
    [TestCase(22, true)]
    [TestCase(45, true)]
    [TestCase(0, false)]
    [TestCase(2, false)]
    [TestCase(49, false)]
    public void Built_in_formats_14_to_22_and_45_to_47_are_dates(int id, bool isDate) =>
        Assert.That(XlsxStyles.IsBuiltInDate(id), Is.EqualTo(isDate));

    [TestCase(43951, 2020, 4, 30)]
    [TestCase(43922.75, 2020, 4, 1)]
    [TestCase(1, 1900, 1, 1)]
    [TestCase(59, 1900, 2, 28)]
    [TestCase(61, 1900, 3, 1)]
    public void An_Excel_serial_is_its_day_in_the_1900_date_system(double serial, int year, int month, int day) =>
        Assert.That(ExcelDates.FromSerial(serial), Is.EqualTo(new DateOnly(year, month, day)));

    [TestCase(0)]
    [TestCase(60)]
    [TestCase(-5)]
    [TestCase(3e6)]
    public void A_serial_that_is_no_day_gives_no_date(double serial) =>
        Assert.That(ExcelDates.FromSerial(serial), Is.Null);

    [TestCase(0, 1904, 1, 1)]
    [TestCase(59, 1904, 2, 29)]
    [TestCase(60, 1904, 3, 1)]
    [TestCase(42551, 2020, 7, 1)]
    [TestCase(42551.5, 2020, 7, 1)]
    public void An_Excel_serial_in_the_1904_date_system_counts_from_1_January_1904(double serial, int year, int month, int day) =>
        Assert.That(ExcelDates.FromSerial(serial, date1904: true), Is.EqualTo(new DateOnly(year, month, day)));

    [TestCase(-1)]
    [TestCase(3e6)]
    [TestCase(double.NaN)]
    public void A_1904_serial_that_is_no_day_gives_no_date(double serial) =>
        Assert.That(ExcelDates.FromSerial(serial, date1904: true), Is.Null);

    [TestCase("2020-07-01")]
    [TestCase("2020-07-01T00:00:00")]
    [TestCase("2020-07-01T13:45:30.123")]
    [TestCase("2020-07-01T13:45")]
    [TestCase("2020-07-01T00:00:00Z")]
    [TestCase("2020-07-01T23:30:00-05:00")]
    [TestCase("2020-07-01T00:30:00+03:00")]
    [TestCase(" 2020-07-01 ")]
    public void An_ISO_date_cell_is_the_day_written_whatever_its_time_or_zone(string iso) =>
        Assert.That(ExcelDates.FromIso(iso), Is.EqualTo(new DateOnly(2020, 7, 1)));

    [TestCase("13:45:00")]
    [TestCase("2020-13-01")]
    [TestCase("1.7.2020")]
    [TestCase("")]
    public void An_ISO_value_that_is_no_date_gives_no_date(string iso) =>
        Assert.That(ExcelDates.FromIso(iso), Is.Null);
}
