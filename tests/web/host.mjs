// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's side of the browser tests: livehost (tests/web/livehost.cpp) run on a copy
// of a workspace, driven one command a line on its standard input. Each command answers one
// line: "OK …" or "ERR message".
import { spawn } from 'node:child_process';
import readline from 'node:readline';

export class Host {
  static async start(binary, workspace) {
    const host = new Host(binary, workspace);
    const first = await host.next(20000);
    const url = /^URL (\S+)$/.exec(first);
    if (!url) throw new Error(`livehost did not print its address: ${first}`);
    host.url = url[1];
    return host;
  }

  constructor(binary, workspace) {
    this.lines = [];
    this.waiting = [];
    this.stderr = '';
    this.process = spawn(binary, [workspace], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
    });
    this.process.stderr.on('data', chunk => { this.stderr += chunk; });
    this.exited = new Promise(resolve => this.process.on('exit', code => {
      this.exitCode = code;
      this.flushWaiting(new Error(`livehost exited (${code}); its log:\n${this.stderr}`));
      resolve(code);
    }));
    readline.createInterface({ input: this.process.stdout }).on('line', line => {
      const waiter = this.waiting.shift();
      if (waiter) waiter.resolve(line);
      else this.lines.push(line);
    });
  }

  flushWaiting(error) {
    for (const w of this.waiting.splice(0)) w.reject(error);
  }

  next(timeoutMs = 10000) {
    if (this.lines.length) return Promise.resolve(this.lines.shift());
    if (this.exitCode !== undefined) return Promise.reject(new Error(`livehost has exited:\n${this.stderr}`));
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: line => { clearTimeout(timer); resolve(line); },
        reject: error => { clearTimeout(timer); reject(error); },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(new Error(`livehost did not answer in ${timeoutMs} ms; its log:\n${this.stderr}`));
      }, timeoutMs);
      this.waiting.push(waiter);
    });
  }

  // Sends a command and returns what follows "OK " (parsed when it is JSON); an ERR rejects.
  async command(line) {
    this.process.stdin.write(`${line}\n`);
    const answer = await this.next();
    if (!answer.startsWith('OK')) throw new Error(`livehost: "${line}" answered "${answer}"`);
    const rest = answer.slice(2).trim();
    return rest.startsWith('{') || rest.startsWith('[') ? JSON.parse(rest) : rest;
  }

  // A command the host must refuse; returns the message.
  async refused(line) {
    this.process.stdin.write(`${line}\n`);
    const answer = await this.next();
    if (!answer.startsWith('ERR ')) throw new Error(`livehost: "${line}" should fail but answered "${answer}"`);
    return answer.slice(4);
  }

  async quit() {
    if (this.exitCode !== undefined) return this.exitCode;
    this.process.stdin.end('quit\n');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 10000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
