package se.bofast.followup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.followup.FollowupService.ClientFollowups;
import se.bofast.identity.Groups;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.NotFoundException;
import se.bofast.platform.web.RequireGroups;

/** A client's assessments, follow-ups and SIP status over REST. */
@RestController
class FollowupController {

  private final FollowupService followups;

  FollowupController(FollowupService followups) {
    this.followups = followups;
  }

  @GetMapping(FollowupConstants.API_FOLLOWUPS)
  @RequireGroups({Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF})
  ClientFollowups followups(@PathVariable long id) {
    try {
      return followups.overview(id);
    } catch (InvalidInputException e) {
      if ("clientId".equals(e.field())) {
        throw new NotFoundException("Klienten finns inte (id " + id + ").");
      }
      throw e;
    }
  }
}
