export default defineContentScript({
  matches: ['https://www.notion.so/*'],
  main() {
    document.documentElement.dataset.clearsendProbe = 'notion';
  },
});
