FROM node:20
WORKDIR /srv
COPY . .
RUN yarn install && yarn build
CMD ["node", "dist/server.js"]
