package se.bofast.eviction;

import java.util.Collection;

/**
 * How the bosamordnare tried to reach the tenant; attempts escalate in this order: letter, then
 * phone, then home visit. A channel chosen before every earlier one has been tried needs a reason.
 */
public enum ContactChannel {
  LETTER, PHONE, HOME_VISIT;

  /** The channel the order points to: the first not yet tried, or the last (home visits again) when all were. */
  static ContactChannel next(Collection<ContactChannel> tried) {
    for (ContactChannel channel : values()) {
      if (!tried.contains(channel)) {
        return channel;
      }
    }
    return HOME_VISIT;
  }

  /** The kind of the attempt's journal entry: a letter is a contact, a phone call a call, a home visit a visit. */
  se.bofast.client.JournalKind journalKind() {
    return switch (this) {
      case LETTER -> se.bofast.client.JournalKind.CONTACT;
      case PHONE -> se.bofast.client.JournalKind.TELEPHONE;
      case HOME_VISIT -> se.bofast.client.JournalKind.VISIT;
    };
  }

  /** Whether choosing this channel now skips an earlier one that has not been tried. */
  boolean skips(ContactChannel next) {
    return ordinal() > next.ordinal();
  }
}
