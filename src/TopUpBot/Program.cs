using TopUpBot.Hosting;

return await TopUpBotApp.Run(args);
