package vn.loaxanh.observances.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import vn.loaxanh.activities.entity.ActivityType;

/** A recurring observance and how to find its days in any year. */
public record Observance(
    String code,
    String name,
    String nameEn,
    DateRule dates,
    TimeWindow time,
    ActivityType activityType,
    String activityTitle,
    Map<Integer, YearTheme> themes) {

  /** The theme and slogan of one year, as announced. */
  public record YearTheme(String theme, String themeEn, String slogan) {}

  /** A daily time span, such as a rally from 07:30 to 11:00. */
  public record TimeWindow(LocalTime from, LocalTime to) {}

  /** The days of one year's observance, both inclusive. */
  public record Days(LocalDate first, LocalDate last) {}

  /** How the days fall in a year. */
  public sealed interface DateRule {
    Days in(int year);
  }

  public record OnDay(MonthDay day) implements DateRule {
    public Days in(int year) {
      return new Days(day.atYear(year), day.atYear(year));
    }
  }

  public record Span(MonthDay from, MonthDay to) implements DateRule {
    public Days in(int year) {
      return new Days(from.atYear(year), to.atYear(year));
    }
  }

  /** Earth Hour: the last Saturday of March. */
  public record LastSaturdayOfMarch() implements DateRule {
    public Days in(int year) {
      LocalDate day =
          LocalDate.of(year, 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return new Days(day, day);
    }
  }

  /** Clean Up the World: the weekend (Friday to Sunday) of the third Saturday of September. */
  public record ThirdWeekendOfSeptember() implements DateRule {
    public Days in(int year) {
      LocalDate saturday =
          LocalDate.of(year, 9, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SATURDAY));
      return new Days(saturday.minusDays(1), saturday.plusDays(1));
    }
  }

  public Days daysIn(int year) {
    return dates.in(year);
  }

  public Optional<YearTheme> themeOf(int year) {
    return Optional.ofNullable(themes.get(year));
  }

  public String activityTitleFor(int year) {
    return activityTitle.replace("{year}", Integer.toString(year));
  }
}
