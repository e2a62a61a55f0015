package se.bofast.client;

import se.bofast.support.AppTest;

/** The client register on the fast suite's in-memory H2. */
@AppTest
class ClientServiceTest extends ClientRegisterScenarios {
}
