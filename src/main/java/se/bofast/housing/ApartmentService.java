package se.bofast.housing;

import static se.bofast.platform.web.Inputs.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.client.ClientProtection;
import se.bofast.platform.process.SystemAccess;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;

/**
 * The district's training and trial apartments and the queue to them. When an apartment
 * becomes free, the journey first in the queue for that kind is woken (message
 * ApartmentAvailable); a timer in the process rechecks as well.
 */
@Service
@Transactional
public class ApartmentService {

  public record ApartmentView(long id, String street, String postalCode, String city, String landlordName,
      Step kind, ApartmentStatus status, Long currentClientId) {
  }

  private final ApartmentRepository apartments;
  private final QueueRepository queue;
  private final JourneyRepository journeys;
  private final RuntimeService runtimeService;
  private final SystemAccess system;
  private final Clock clock;
  private final ClientProtection protection;

  ApartmentService(ApartmentRepository apartments, QueueRepository queue, JourneyRepository journeys,
      RuntimeService runtimeService, SystemAccess system, Clock clock, ClientProtection protection) {
    this.protection = protection;
    this.apartments = apartments;
    this.queue = queue;
    this.journeys = journeys;
    this.runtimeService = runtimeService;
    this.system = system;
    this.clock = clock;
  }

  public ApartmentView add(String street, String postalCode, String city, String landlordName, Step kind) {
    if (kind == null || !kind.isApartment()) {
      throw new InvalidInputException("kind", "Lägenhetstyp måste vara TRANINGSLAGENHET eller FORSOKSLAGENHET.");
    }
    requireText(street, "street", "Ange gatuadress.");
    requireText(postalCode, "postalCode", "Ange postnummer.");
    requireText(city, "city", "Ange ort.");
    requireText(landlordName, "landlordName", "Ange hyresvärd.");
    if (!postalCode.replace(" ", "").matches("\\d{5}")) {
      throw new InvalidInputException("postalCode", "Postnumret ska ha fem siffror, till exempel 113 21.");
    }
    Apartment saved = apartments.save(new Apartment(street.trim(), postalCode.replace(" ", ""), city.trim(),
        landlordName.trim(), kind, LocalDate.now(clock)));
    wakeFirstInQueue(kind);
    return view(saved);
  }

  @Transactional(readOnly = true)
  public List<ApartmentView> list() {
    return apartments.findByInStockTrueOrderByIdAsc().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public ApartmentView get(long id) {
    return view(find(id));
  }

  /** The client moved out: the apartment is free again and the queue is woken. */
  public ApartmentView release(long apartmentId) {
    Apartment apartment = find(apartmentId);
    apartment.status = ApartmentStatus.FREE;
    apartment.currentClientId = null;
    apartment.reservedJourneyId = null;
    apartments.saveAndFlush(apartment);
    wakeFirstInQueue(apartment.kind);
    return view(apartment);
  }

  Optional<Long> reserveOrQueue(long journeyId, Step kind) {
    List<QueueEntry> waiting = queue.findByKindOrderByQueuedAtAscIdAsc(kind);
    boolean myTurn = waiting.isEmpty() || waiting.get(0).journeyId == journeyId;
    Optional<Apartment> free = myTurn
        ? apartments.findFirstByKindAndStatusAndInStockTrueOrderByIdAsc(kind, ApartmentStatus.FREE)
        : Optional.empty();
    if (free.isPresent()) {
      Apartment apartment = free.get();
      apartment.status = ApartmentStatus.RESERVED;
      apartment.reservedJourneyId = journeyId;
      queue.findByJourneyId(journeyId).ifPresent(queue::delete);
      return Optional.of(apartment.id);
    }
    if (queue.findByJourneyId(journeyId).isEmpty()) {
      queue.save(new QueueEntry(journeyId, kind, OffsetDateTime.now(clock)));
    }
    return Optional.empty();
  }

  void occupy(long apartmentId, long clientId) {
    Apartment apartment = find(apartmentId);
    apartment.status = ApartmentStatus.OCCUPIED;
    apartment.currentClientId = clientId;
    apartment.reservedJourneyId = null;
  }

  /** The client's training apartment becomes a trial apartment in place: same apartment, still theirs. */
  void convertToTrial(long apartmentId) {
    Apartment apartment = find(apartmentId);
    apartment.kind = Step.FORSOKSLAGENHET;
    apartment.status = ApartmentStatus.OCCUPIED;
  }

  /** The client took over the first-hand contract: from that day the apartment is no longer the district's. */
  void leaveStock(long apartmentId, LocalDate day) {
    Apartment apartment = find(apartmentId);
    apartment.inStock = false;
    apartment.inStockUntil = day;
  }

  void dequeue(long journeyId) {
    queue.findByJourneyId(journeyId).ifPresent(queue::delete);
    apartments.findByReservedJourneyId(journeyId).forEach(a -> {
          a.status = ApartmentStatus.FREE;
          a.reservedJourneyId = null;
          wakeFirstInQueue(a.kind);
        });
  }

  private void wakeFirstInQueue(Step kind) {
    queue.findByKindOrderByQueuedAtAscIdAsc(kind).stream().findFirst()
        .flatMap(entry -> journeys.findById(entry.journeyId))
        .filter(journey -> journey.processInstanceId != null)
        .ifPresent(journey -> system.run(() ->
            runtimeService.createMessageCorrelation(HousingConstants.MESSAGE_APARTMENT_AVAILABLE)
                .processInstanceId(journey.processInstanceId)
                .correlateAll()));
  }

  private Apartment find(long id) {
    return apartments.findById(id).orElseThrow(() -> new NotFoundException("Lägenheten finns inte (id " + id + ")."));
  }

  /** The apartment; who lives there is left out when the tenant's identity is protected (the address would locate them). */
  private ApartmentView view(Apartment a) {
    Long tenant = a.currentClientId != null && protection.isProtected(a.currentClientId) ? null : a.currentClientId;
    return new ApartmentView(a.id, a.street, a.postalCode, a.city, a.landlordName, a.kind, a.status, tenant);
  }
}
