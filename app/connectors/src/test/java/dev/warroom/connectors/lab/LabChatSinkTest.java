package dev.warroom.connectors.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's chat webhook takes a drill's announcements and keeps them where the team can read them. */
class LabChatSinkTest {

    @TempDir
    Path logs;

    @Test
    void aSlackShapedPostIsAcceptedAndLogged() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        LabPorts ports = new LabPorts(free - 4, free - 3, free - 2, free - 1);
        HttpServer sink = LabChatSink.start(ports, logs);
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(LabChatSink.url(ports)))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"[DRILL] 主庫不可用，開始提升備庫\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("ok");
            assertThat(Files.readString(logs.resolve(LabChatSink.LOG), StandardCharsets.UTF_8))
                    .contains("POST {\"text\":\"[DRILL] 主庫不可用，開始提升備庫\"}");
        } finally {
            sink.stop(0);
        }
    }
}
