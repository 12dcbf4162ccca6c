package dev.warroom.connectors.aws;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One AWS stand-in for a test class, its stubs cleared and a fresh connector for every test. */
abstract class OnTheAwsStandIn {

    static AwsStandIn aws;
    AwsConnector connector;

    @BeforeAll
    static void startStandIn() {
        aws = new AwsStandIn();
    }

    @AfterAll
    static void stopStandIn() {
        aws.close();
    }

    @BeforeEach
    void freshConnector() {
        aws.server.resetAll();
        connector = connector();
    }

    /** The connector each test runs against; by default on the stand-in with the standard settings. */
    AwsConnector connector() {
        return aws.connector();
    }

    @AfterEach
    void closeConnector() {
        connector.close();
    }
}
