package se.bofast.client;

import se.bofast.support.AppTest;

/** The client's team on H2. */
@AppTest
class ClientTeamTest extends ClientTeamCases {
}
