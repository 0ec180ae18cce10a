// Baseline: the smallest idiomatic @line/bot-sdk echo bot (middleware on express + MessagingApiClient).
import express from 'express';
import { messagingApi, middleware } from '@line/bot-sdk';

const channelSecret = process.env.BENCH_CHANNEL_SECRET;
const client = new messagingApi.MessagingApiClient({
  channelAccessToken: process.env.BENCH_CHANNEL_ACCESS_TOKEN,
  baseURL: process.env.BENCH_SINK_URL,
});

const app = express();
app.post('/webhook', middleware({ channelSecret }), async (req, res, next) => {
  try {
    const events = req.body.events ?? [];
    await Promise.all(
      events.map((e) =>
        e.type === 'message' && e.message.type === 'text'
          ? client.replyMessage({ replyToken: e.replyToken, messages: [{ type: 'text', text: e.message.text }] })
          : null,
      ),
    );
    res.json({});
  } catch (e) {
    next(e);
  }
});
const server = app.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${server.address().port}\n`));
// Dies with the bench: the bench holds stdin open.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
