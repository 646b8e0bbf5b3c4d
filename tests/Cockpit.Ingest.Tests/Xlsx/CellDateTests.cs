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
        Assert.That(XlsxStyles.DateFromSerial(serial), Is.EqualTo(new DateOnly(year, month, day)));

    [TestCase(0)]
    [TestCase(60)]
    [TestCase(-5)]
    [TestCase(3e6)]
    public void A_serial_that_is_no_day_gives_no_date(double serial) =>
        Assert.That(XlsxStyles.DateFromSerial(serial), Is.Null);
}
