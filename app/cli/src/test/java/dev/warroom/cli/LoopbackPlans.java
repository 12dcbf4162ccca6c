package dev.warroom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid plan whose resources are HTTP endpoints on loopback: a primary and a standby API,
 * and a failover that checks the standby over HTTP and then announces itself in a Slack channel
 * whose webhook is in the environment variable the test names.
 */
final class LoopbackPlans {

    private LoopbackPlans() {
    }

    static Path write(Path dir, String primaryUrl, String standbyUrl, String webhookEnv) throws IOException {
        String yaml = """
                # yaml-language-server: $schema=./schema/plan.schema.json
                formatVersion: 1
                id: loopback-web
                system: 本機網站演練
                source:
                  document: 本機網站演練計畫
                targets:
                  rto: 10m
                  rpo: 5m
                sites:
                  - id: primary
                    title: 主站
                    role: primary
                    resources:
                      - id: api-primary
                        kind: http-health
                        title: 主站 API
                        observe: {url: "%s"}
                  - id: standby
                    title: 備援站
                    role: dr
                    resources:
                      - id: api-standby
                        kind: http-health
                        title: 備援站 API
                        observe: {url: "%s"}
                decisionTree:
                  start: switch
                  nodes:
                    - id: switch
                      type: procedure
                      title: 切換到備援站
                      procedure: failover
                      next: done
                    - id: done
                      type: end
                      title: 已切換
                procedures:
                  - id: failover
                    title: 切換到備援站
                    steps:
                      - id: check-standby
                        type: action
                        title: 檢查備援站
                        role: commander
                        action: {kind: http.check, target: api-standby, params: {expectStatus: "200"}}
                        verify: {title: 備援站回應 200, condition: http-status, value: "200"}
                        timeout: 30s
                      - id: announce
                        type: action
                        title: 通知團隊
                        role: commander
                        action: {kind: notify.chat, target: team-chat, params: {message: "[DRILL] 切換到備援站 / failing over"}}
                        verify: {title: 訊息已送出, condition: delivered}
                        timeout: 30s
                roles:
                  - {id: commander, title: 事件指揮官}
                communication:
                  channels:
                    - id: team-chat
                      type: slack
                      title: 團隊頻道
                      webhookEnv: %s
                """.formatted(primaryUrl, standbyUrl, webhookEnv);
        return Files.writeString(dir.resolve("loopback-web.yaml"), yaml, StandardCharsets.UTF_8);
    }
}
