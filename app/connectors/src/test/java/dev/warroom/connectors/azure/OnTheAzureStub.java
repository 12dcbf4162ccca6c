package dev.warroom.connectors.azure;

import dev.warroom.connectors.azure.connector.AzureConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh Resource Manager stand-in for every test, and a connector signed in to it. */
abstract class OnTheAzureStub {

    AzureStub stub;
    AzureConnector azure;

    @BeforeEach
    void startStub() {
        stub = AzureStub.start();
        azure = stub.connector();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }
}
