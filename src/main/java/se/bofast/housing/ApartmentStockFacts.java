package se.bofast.housing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing module's read model of its training and trial apartments for the reporting module:
 * each apartment's days in the district's stock and the placements let in it. Ids, kinds and dates
 * only (no address, no client). One SQL statement per call.
 */
@Component
@Transactional(readOnly = true)
public class ApartmentStockFacts {

  /**
   * @param kindNow the kind today (a training apartment converted in place is a trial apartment now)
   * @param inStockUntil the day it left the stock (excluded); null while in it
   */
  public record StockApartment(long id, Step kindNow, LocalDate inStockFrom, LocalDate inStockUntil) {
  }

  /** A placement in one of the apartments; end excluded, null while open. */
  public record Letting(long apartmentId, Step step, LocalDate start, LocalDate end) {
  }

  private final JdbcTemplate jdbc;

  ApartmentStockFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<StockApartment> apartments() {
    return jdbc.query("SELECT id, kind, in_stock_from, in_stock_until FROM apartment ORDER BY id",
        (rs, i) -> new StockApartment(rs.getLong("id"), Step.valueOf(rs.getString("kind")),
            rs.getObject("in_stock_from", LocalDate.class), rs.getObject("in_stock_until", LocalDate.class)));
  }

  /** Every placement in a training or trial apartment, ordered by apartment, then start. */
  public List<Letting> lettings() {
    return jdbc.query("SELECT apartment_id, step, start_date, end_date FROM placement WHERE apartment_id IS NOT NULL"
            + " AND step IN ('TRANINGSLAGENHET', 'FORSOKSLAGENHET') ORDER BY apartment_id, start_date, id",
        (rs, i) -> new Letting(rs.getLong("apartment_id"), Step.valueOf(rs.getString("step")),
            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)));
  }
}
