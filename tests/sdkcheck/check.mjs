// SPDX-License-Identifier: GPL-3.0-or-later
// Reads one streamed answer from the local provider double with the official client libraries
// (@anthropic-ai/sdk and openai) and prints what each read: {"anthropic": {...}, "openai": {...}}
// with text, input_tokens, output_tokens and stop. Run by tests/sdkcheck/run.
//   node check.mjs NODE_MODULES_DIR ANTHROPIC_BASE_URL OPENAI_BASE_URL
import { createRequire } from 'node:module';
import path from 'node:path';

const [modules, anthropicBase, openaiBase] = process.argv.slice(2);
const require = createRequire(path.join(modules, 'package.json'));
const Anthropic = require('@anthropic-ai/sdk').default ?? require('@anthropic-ai/sdk');
const OpenAI = require('openai').default ?? require('openai');

async function viaAnthropic() {
    const client = new Anthropic({ apiKey: 'sdk-check-key', baseURL: anthropicBase, maxRetries: 0 });
    const stream = client.messages.stream({
        model: 'claude-sdk-check',
        max_tokens: 1024,
        messages: [{ role: 'user', content: 'Write a scene.' }],
    });
    let text = '';
    stream.on('text', (delta) => { text += delta; });
    const message = await stream.finalMessage();
    return {
        text,
        input_tokens: message.usage.input_tokens,
        output_tokens: message.usage.output_tokens,
        stop: message.stop_reason,
    };
}

async function viaOpenAi() {
    const client = new OpenAI({ apiKey: 'sdk-check-key', baseURL: openaiBase, maxRetries: 0 });
    const stream = await client.chat.completions.create({
        model: 'gpt-sdk-check',
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content: 'Write a scene.' }],
    });
    let text = '';
    let usage = null;
    let stop = null;
    for await (const chunk of stream) {
        for (const choice of chunk.choices ?? []) {
            text += choice.delta?.content ?? '';
            stop = choice.finish_reason ?? stop;
        }
        if (chunk.usage) {
            usage = chunk.usage;
        }
    }
    return {
        text,
        input_tokens: usage?.prompt_tokens ?? null,
        output_tokens: usage?.completion_tokens ?? null,
        stop,
    };
}

const out = { anthropic: await viaAnthropic(), openai: await viaOpenAi() };
process.stdout.write(JSON.stringify(out) + '\n');
