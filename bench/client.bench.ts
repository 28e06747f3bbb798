/** Placeholder until the client benchmark lands. */
export async function benchClient(say: (message: string) => void): Promise<{ pending: true }> {
  say('client benchmark: not written yet');
  return { pending: true };
}
